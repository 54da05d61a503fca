namespace Guide.Rehearsals.Tests;

/// <summary>Each mistake an editor can make in a rehearsal gives its code at the line where it was made.</summary>
public sealed class ValidationTests
{
    [Fact]
    public void A_valid_rehearsal_loads_as_a_graph_of_scenes_and_endings()
    {
        var (rehearsal, diagnostics) = Fixture.Parse(Fixture.Valid);

        Assert.Empty(diagnostics);
        Assert.Equal("practice", rehearsal!.Id);
        Assert.Equal(RehearsalAudience.Employee, rehearsal.Audience);
        Assert.Equal(["opening", "follow-up"], rehearsal.Scenes.Select(s => s.Id));
        Assert.Equal(["end-good", "end-poor"], rehearsal.Endings.Select(e => e.Id));
        Assert.Equal("opening", rehearsal.Start.Id);
        Assert.Equal(["follow-up", "end-poor"], rehearsal.Start.Next);
        Assert.Empty(rehearsal.Endings[0].Next);
        Assert.Equal(Verdict.Mixed, rehearsal.Scenes[1].Choices[1].Verdict);
        Assert.Equal("Last words.", rehearsal.Endings[1].Says!.Get("en"));
        Assert.Null(rehearsal.Endings[0].Says);
    }

    [Theory]
    // The graph: a scene nothing leads to, a loop with no way out, a next: to nothing.
    [InlineData("next: end-poor", "next: follow-up", "GUIDE060", 44, "no path from the first scene ('opening') reaches 'end-poor'")]
    [InlineData("next: end-good", "next: end-goood", "GUIDE062", 32, "(did you mean 'end-good'?)")]
    // The shape of a scene and its words.
    [InlineData("""
              - say: {zh-CN: 差的回答。, en: A poor answer.}
                verdict: hurts
                effect: {zh-CN: 效果。, en: Effect.}
                why: {zh-CN: 原因。, en: Why.}
                read: {zh-CN: during/listening.md, en: during/listening.md}
                next: end-poor
        """, "", "GUIDE065", 12, "offers 1 choice")]
    [InlineData("- id: follow-up", "- id: Follow Up", "GUIDE066", 24, "must start with a lowercase letter")]
    [InlineData("- id: end-poor", "- id: follow-up", "GUIDE066", 44, "the id 'follow-up' is already used on line 24")]
    [InlineData("verdict: mixed", "verdict: neutral", "GUIDE068", 34, "is not one of helps, mixed, hurts")]
    [InlineData("outcome: good", "outcome: godo", "GUIDE068", 41, "(did you mean 'good'?)")]
    [InlineData("audience: employee", "audience: employees", "GUIDE068", 2, "(did you mean 'employee'?)")]
    // Mistakes shared with worksheet definitions keep the worksheets' codes.
    [InlineData("says: {zh-CN: 第二句。, en: Second line.}", "says: {zh-CN: 第二句。}", "GUIDE033", 25, "has no en text")]
    [InlineData("debrief: {zh-CN: 复盘。, en: Debrief.}\n  - id: end-poor", "debrief: {en: Debrief.}\n  - id: end-poor", "GUIDE033", 43, "has no zh-CN text")]
    [InlineData("        why: {zh-CN: 原因。, en: Why.}\n        read: {zh-CN: during/listening.md, en", "        whyy: {zh-CN: 原因。, en: Why.}\n        read: {zh-CN: during/listening.md, en", "GUIDE036", 21, "(did you mean 'why'?)")]
    [InlineData("situation: {zh-CN: 情境。, en: The situation.}", "", "GUIDE031", 1, "needs 'situation:'")]
    [InlineData("roles:", "roles: [", "GUIDE030", 7, "not valid YAML")]
    public void A_mistake_is_reported_at_its_line(string find, string replace, string code, int line, string message)
    {
        var (rehearsal, diagnostics) = Fixture.Parse(Fixture.With(find, replace));

        Assert.Null(rehearsal);
        var error = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{Fixture.Path}:{line}:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_with_no_way_to_an_ending_is_reported_at_the_scene_caught_in_it()
    {
        // follow-up now only leads back to itself: it can never end, and end-good is out of reach.
        var text = Fixture.With("next: end-good", "next: follow-up").Replace("next: opening", "next: follow-up", StringComparison.Ordinal);

        var (rehearsal, diagnostics) = Fixture.Parse(text);

        Assert.Null(rehearsal);
        var loop = Assert.Single(diagnostics, d => d.Code == "GUIDE061");
        Assert.Equal(24, loop.Line);
        Assert.Contains("every path from 'follow-up' goes round in a loop", loop.Message, StringComparison.Ordinal);
        Assert.Equal(40, Assert.Single(diagnostics, d => d.Code == "GUIDE060").Line);
    }

    [Fact]
    public void A_file_that_ends_inside_an_open_brace_is_GUIDE030_not_a_crash()
    {
        var (rehearsal, diagnostics) = Fixture.Parse("title: {zh-CN: 练习, en: Practice\naudience: employee\n");

        Assert.Null(rehearsal);
        var error = Assert.Single(diagnostics);
        // Found before the tree is loaded, at the line where the brace opens.
        Assert.Equal(("GUIDE030", 1), (error.Code, error.Line));
        Assert.Contains("not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_with_a_way_out_is_allowed()
    {
        // follow-up leads back to opening; both still reach an ending.
        var (rehearsal, diagnostics) = Fixture.Parse(Fixture.Valid);

        Assert.Empty(diagnostics);
        Assert.Contains("opening", rehearsal!.Scenes[1].Next);
    }

    [Fact]
    public void More_than_four_choices_are_too_many_for_a_phone_screen()
    {
        const string choice = """
                  - say: {zh-CN: 好的回答。, en: A good answer.}
                    verdict: helps
                    effect: {zh-CN: 效果。, en: Effect.}
                    why: {zh-CN: 原因。, en: Why.}
                    read: {zh-CN: during/listening.md#复述确认, en: during/listening.md#restate-to-confirm}
                    next: follow-up

            """;
        var five = string.Concat(Enumerable.Repeat(choice, 3));
        var (rehearsal, diagnostics) = Fixture.Parse(Fixture.With("    choices:\n      - say: {zh-CN: 好的回答。", "    choices:\n" + five + "      - say: {zh-CN: 好的回答。"));

        Assert.Null(rehearsal);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("GUIDE065", 12), (error.Code, error.Line));
        Assert.Contains("offers 5 choices", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_that_cannot_be_an_address_is_reported()
    {
        var (rehearsal, diagnostics) = Fixture.Parse(Fixture.Valid, "rehearsals/Asked To Sign.yml");

        Assert.Null(rehearsal);
        Assert.Equal("GUIDE066", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_in_one_pass()
    {
        var text = Fixture.With("says: {zh-CN: 第二句。, en: Second line.}", "says: {zh-CN: 第二句。}")
            .Replace("next: end-good", "next: end-goood", StringComparison.Ordinal);

        var (_, diagnostics) = Fixture.Parse(text);

        Assert.Equal(["GUIDE033", "GUIDE062"], diagnostics.Select(d => d.Code).Order());
    }

    [Fact]
    public void The_folder_loads_in_audience_then_order_then_id_order()
    {
        var folder = Directory.CreateTempSubdirectory("rehearsals-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "b-manager.yml"), Fixture.With("audience: employee", "audience: manager"));
            File.WriteAllText(Path.Combine(folder, "c-late.yml"), Fixture.With("audience: employee", "audience: employee\norder: 20"));
            File.WriteAllText(Path.Combine(folder, "d-early.yml"), Fixture.With("audience: employee", "audience: employee\norder: 10"));
            File.WriteAllText(Path.Combine(folder, "a-broken.yml"), Fixture.With("next: end-good", "next: nowhere"));
            var diagnostics = new DiagnosticBag();

            var catalog = RehearsalCatalog.Load(folder, Fixture.Languages, diagnostics);

            Assert.Equal(["d-early", "c-late", "b-manager"], catalog.All.Select(r => r.Id));
            Assert.Equal(["a-broken"], catalog.Unloaded);
            Assert.Equal("GUIDE062", Assert.Single(diagnostics.Sorted()).Code);
            // The broken file's links are still checked in the same run.
            Assert.Equal(4 * 4, catalog.Links.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_folder_is_an_empty_catalog()
    {
        var diagnostics = new DiagnosticBag();

        var catalog = RehearsalCatalog.Load(Path.Combine(Path.GetTempPath(), "no-such-rehearsals-" + Guid.NewGuid().ToString("N")), Fixture.Languages, diagnostics);

        Assert.Empty(catalog.All);
        Assert.Empty(diagnostics.Sorted());
    }
}
