namespace Guide.Rehearsals;

/// <summary>
/// The text of a new rehearsal file, as <c>guide new rehearsal ID</c> writes it: the comment that explains
/// the format to editors (every file in <c>rehearsals/</c> carries the same one) and a small conversation
/// that loads without problems, in every language of the site. The words of the skeleton come from the
/// caller (the theme's UI words), so a language is added without touching this file.
/// </summary>
public static class RehearsalSkeleton
{
    /// <summary>
    /// The format, explained for editors; it follows the title line of every rehearsal file.
    /// <paramref name="languages"/> are the site's; <paramref name="word"/> gives a word of the skeleton in a language.
    /// </summary>
    public static string SchemaComment(IReadOnlyList<string> languages, Func<string, string, string> word) => Template.Replace("\r\n", "\n")
        .Replace("{{languages}}", "{" + string.Join(", ", languages.Select(l => $"{l}: {word(l, "skeleton.languageName")}")) + "}", StringComparison.Ordinal)
        .Replace("{{blocks}}", string.Join(" and ", languages.Select(l => $"\"{l}: >\"")), StringComparison.Ordinal)
        .Replace("{{read}}", "{" + string.Join(", ", languages.Select(l => $"{l}: {word(l, "skeleton.readExample")}")) + "}", StringComparison.Ordinal)
        .Replace("{{link}}", word(languages[0], "skeleton.linkExample"), StringComparison.Ordinal);

    private const string Template = """
        # ---------------------------------------------------------------------------------------------
        # How this file works: a rehearsal is a practice conversation with branches. The reader plays one
        # role, reads what the other person says, picks one of two to four answers, sees what that answer
        # does, and goes on to the scene it leads to, until one of the endings. You can change any text,
        # add a choice, a scene or an ending here; no code needed.
        #
        #   Every text a reader sees is written in both languages:   {{languages}}
        #   A long text can go on its own lines after {{blocks}}, indented. Keep a Chinese
        #   text on one line: a line break inside it would show as a space.
        #
        #   The file name is the rehearsal's id and its web address: asked-to-sign.yml becomes
        #   rehearsals/asked-to-sign/. Pages link to it with  {{link}}
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
        #                  {{read}}
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
    public static string For(string id, RehearsalAudience audience, string readTarget, IReadOnlyList<string> languages, Func<string, string, string> word)
    {
        string Flow(string key) => "{" + string.Join(", ", languages.Select(l => $"{l}: {word(l, "skeleton.rehearsal." + key)}")) + "}";
        string Block(string key, string indent) => string.Concat(languages.Select(l => $"\n{indent}{l}: {word(l, "skeleton.rehearsal." + key)}"));
        var side = audience == RehearsalAudience.Manager ? "manager" : "employee";
        var read = "{" + string.Join(", ", languages.Select(l => $"{l}: {readTarget}")) + "}";
        var title = string.Join(" / ", languages.Select(l => $"{word(l, "skeleton.rehearsal.kind")} · {word(l, "skeleton.rehearsal.title")}"));
        return $$"""
            # {{title}} ({{id}})
            {{SchemaComment(languages, word)}}

            title: {{Flow("title")}}
            audience: {{Judgements.Name(audience)}}
            order: 100
            summary:{{Block("summary", "  ")}}
            situation:{{Block("situation", "  ")}}
            roles:
              you: {{Flow("you." + side)}}
              them: {{Flow("them." + side)}}

            scenes:
              - id: opening
                says:{{Block("says", "      ")}}
                choices:
                  - say: {{Flow("goodAnswer")}}
                    verdict: helps
                    effect: {{Flow("effect")}}
                    why: {{Flow("why")}}
                    read: {{read}}
                    next: good-end
                  - say: {{Flow("poorAnswer")}}
                    verdict: hurts
                    effect: {{Flow("effect")}}
                    why: {{Flow("why")}}
                    read: {{read}}
                    next: poor-end

            endings:
              - id: good-end
                outcome: good
                title: {{Flow("goodEnding")}}
                debrief:{{Block("goodDebrief", "      ")}}
              - id: poor-end
                outcome: poor
                title: {{Flow("poorEnding")}}
                debrief:{{Block("poorDebrief", "      ")}}

            """.Replace("\r\n", "\n");
    }
}
