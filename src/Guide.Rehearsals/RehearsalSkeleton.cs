namespace Guide.Rehearsals;

/// <summary>
/// The text of a new rehearsal file, as <c>guide new rehearsal ID</c> writes it: the comment that explains
/// the format to editors (every file in <c>rehearsals/</c> carries the same one) and a small conversation
/// that loads without problems.
/// </summary>
public static class RehearsalSkeleton
{
    /// <summary>The format, explained for editors; it follows the title line of every rehearsal file.</summary>
    public const string SchemaComment = """
        # ---------------------------------------------------------------------------------------------
        # How this file works: a rehearsal is a practice conversation with branches. The reader plays one
        # role, reads what the other person says, picks one of two to four answers, sees what that answer
        # does, and goes on to the scene it leads to, until one of the endings. You can change any text,
        # add a choice, a scene or an ending here; no code needed.
        #
        #   Every text a reader sees is written in both languages:   {zh-CN: 中文, en: English}
        #   A long text can go on its own lines after "zh-CN: >" and "en: >", indented. Keep a Chinese
        #   text on one line: a line break inside it would show as a space.
        #
        #   The file name is the rehearsal's id and its web address: asked-to-sign.yml becomes
        #   rehearsals/asked-to-sign/. Pages link to it with  [练一练：当场要你签字](rehearsal:asked-to-sign)
        #
        #   title      the rehearsal's name
        #   audience   employee or manager: who practises (employee pages say 上级, manager pages 主管)
        #   order      (optional) its place in the list of its audience, lowest first
        #   summary    one or two sentences, shown in lists and search results
        #   situation  what has happened before the first line; the reader reads it first
        #   roles      you: the reader's role;  them: the other person, shown before each of their lines
        #
        #   scenes     the conversation; it starts with the first scene. Each scene has:
        #     id         lowercase letters, digits and "-", different from every other scene and ending
        #     note       (optional) what the reader sees or notices before the line
        #     says       what the other person says
        #     choices    two to four answers the reader can give. Each choice has:
        #       say        the answer, in the reader's own words
        #       verdict    helps, mixed or hurts: how well the answer serves the conversation
        #       effect     what the answer does to the conversation
        #       why        why it has that effect
        #       read       the guide section that explains it: the page's path below input/<lang>/, then
        #                  # and the heading's anchor, per language (anchors differ by language):
        #                  {zh-CN: during/responding.md#批评与事实不符用记录说话, en: during/responding.md#…}
        #       next       the id of the scene or ending that follows
        #
        #   endings    how the conversation can end. Each ending has:
        #     id         as for scenes
        #     outcome    good, mixed or poor
        #     title      a short headline for the ending
        #     says       (optional) the other person's last words
        #     debrief    what to take away: what worked or did not, and what to do next time
        #
        #   'guide check' (see README) makes sure that every scene and ending can be reached from the first
        #   scene, that every scene has a way to an ending, that every 'next' names a scene or ending, that
        #   every text has both languages and that every 'read' link finds its page and heading; it points
        #   at file:line for any mistake, and CONTRIBUTING.md explains each problem code.
        # ---------------------------------------------------------------------------------------------
        """;

    /// <summary>
    /// A whole file for a new rehearsal. <paramref name="readTarget"/> is a page every language of the
    /// guide has (its home page), so the skeleton's links resolve before the editor writes real ones.
    /// </summary>
    public static string For(string id, RehearsalAudience audience, string readTarget)
    {
        var manager = audience == RehearsalAudience.Manager;
        var them = manager ? "{zh-CN: 员工, en: Your team member}" : "{zh-CN: 上级, en: Your manager}";
        var you = manager ? "{zh-CN: 主管（你）, en: You (the manager)}" : "{zh-CN: 你, en: You}";
        return $$"""
            # 演练 · 新的演练 / Rehearsal · New rehearsal ({{id}})
            {{SchemaComment}}

            title: {zh-CN: 新的演练, en: New rehearsal}
            audience: {{Judgements.Name(audience)}}
            order: 100
            summary:
              zh-CN: 一两句话，用在列表和搜索结果里。
              en: One or two sentences, shown in lists and search results.
            situation:
              zh-CN: 第一句话之前发生了什么：你是谁，对方是谁，为什么要谈。
              en: What has happened before the first line, who is talking and why.
            roles:
              you: {{you}}
              them: {{them}}

            scenes:
              - id: opening
                says:
                  zh-CN: 对方说的第一句话。
                  en: The first thing the other person says.
                choices:
                  - say: {zh-CN: 一个有帮助的回答。, en: An answer that helps.}
                    verdict: helps
                    effect: {zh-CN: 这样回答对谈话的影响。, en: What this answer does to the conversation.}
                    why: {zh-CN: 为什么会有这样的影响。, en: Why it has that effect.}
                    read: {zh-CN: {{readTarget}}, en: {{readTarget}}}
                    next: good-end
                  - say: {zh-CN: 一个让谈话更难的回答。, en: An answer that makes things harder.}
                    verdict: hurts
                    effect: {zh-CN: 这样回答对谈话的影响。, en: What this answer does to the conversation.}
                    why: {zh-CN: 为什么会有这样的影响。, en: Why it has that effect.}
                    read: {zh-CN: {{readTarget}}, en: {{readTarget}}}
                    next: poor-end

            endings:
              - id: good-end
                outcome: good
                title: {zh-CN: 谈话回到正轨, en: Back on track}
                debrief:
                  zh-CN: 这条路上做对了什么，下次还可以怎么做。
                  en: What went well on this path, and what to do next time.
              - id: poor-end
                outcome: poor
                title: {zh-CN: 谈话卡住了, en: The conversation stalls}
                debrief:
                  zh-CN: 哪一步出了问题，换一种说法会怎样。
                  en: Which step went wrong, and what another answer would have done.

            """.Replace("\r\n", "\n");
    }
}
