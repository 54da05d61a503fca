using Guide.Building;
using Guide.Hosting;

namespace Guide.Tests.Building;

/// <summary>
/// <c>guide build</c> writes each page as it is made, into a staging folder swapped in at the end; the dev
/// server builds the same site in memory. Both must give the same bytes, and a build that fails after it
/// has written pages must leave the previous site as it was.
/// </summary>
public class StreamingBuildTests
{
    [Fact]
    public void The_site_written_page_by_page_is_the_site_built_in_memory()
    {
        // Enough pages for several batches, so the print editions' chapters arrive from many of them.
        using var site = new FixtureSite(Sections(pagesPerSection: 90, sections: 3));

        var inMemory = site.Build(site.Options() with { Portable = true });
        var written = Publisher.Build(site.Options() with { Portable = true }, NoProgress.Instance);

        Assert.True(written.Succeeded, string.Join('\n', written.Diagnostics));
        var onDisk = OutputTree.Hashes(site.Output);
        onDisk.Remove(".guide-output");
        var expected = new SortedDictionary<string, string>(
            inMemory.Files!.All().ToDictionary(f => f.Key, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Value))), StringComparer.Ordinal);
        Assert.Equal(expected, onDisk);
        Assert.Equal(expected.Count, written.FileCount);
        Assert.Contains("en/print/manager/index.html", onDisk.Keys);
    }

    [Fact]
    public void A_broken_link_found_while_pages_are_written_leaves_the_previous_site_as_it_was()
    {
        using var site = new FixtureSite(Sections(pagesPerSection: 90, sections: 3));
        Assert.True(Publisher.Build(site.Options(), NoProgress.Instance).Succeeded);
        var before = OutputTree.Hashes(site.Output);
        // The last page of the reading order: every other page has been written by the time it is rendered.
        site.Write("input/en/s2/p89.md", "---\ntitle: Last\n---\n\nSee [a page that is not there](missing.md).\n");
        site.Write("input/en/s0/p01.md", "---\ntitle: Changed\n---\n\nNew words.\n");

        var failed = Publisher.Build(site.Options(), NoProgress.Instance);

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink && d.Path.EndsWith("p89.md", StringComparison.Ordinal));
        Assert.Equal(before, OutputTree.Hashes(site.Output));
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.building")));
    }

    /// <summary>Sections of pages in both languages, for every audience, linking to each other's headings.</summary>
    private static Dictionary<string, string> Sections(int pagesPerSection, int sections)
    {
        var files = new Dictionary<string, string>();
        foreach (var lang in new[] { "zh-CN", "en" })
        {
            files[$"input/{lang}/index.md"] = "---\ntitle: Home\n---\n\nStart in [the first section](s0/index.md).\n";
            for (var s = 0; s < sections; s++)
            {
                for (var p = 0; p < pagesPerSection; p++)
                {
                    var audience = (p % 3) switch { 0 => "all", 1 => "employee", _ => "manager" };
                    var next = $"../s{(s + 1) % sections}/{Name((p + 7) % pagesPerSection)}.md#part-two";
                    files[$"input/{lang}/s{s}/{Name(p)}.md"] =
                        $"---\ntitle: Page {s}.{p}\norder: {p}\naudience: {audience}\n---\n\n## Part one\n\nText with *emphasis* and [a link]({next}).\n\n## Part two\n\n- one\n- two\n";
                }
            }
        }
        return files;
    }

    private static string Name(int page) => page == 0 ? "index" : $"p{page:D2}";
}
