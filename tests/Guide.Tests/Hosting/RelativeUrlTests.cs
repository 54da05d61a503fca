using CsCheck;
using Guide.Rendering;

namespace Guide.Tests.Hosting;

/// <summary>
/// Every link the guide writes is relative, so the output works under any sub-path and from disk. A link
/// from a page must land, as a browser resolves it, exactly on its target; with <c>--portable</c>, on the
/// target's index.html.
/// </summary>
public sealed class RelativeUrlTests
{
    // Few names, so pages and targets often share their first folders, or all of them.
    private static readonly Gen<string> Folder = Gen.Int[0, 3].Select(i => new[] { "zh-CN", "en", "before", "during" }[i]);

    private static readonly Gen<string> Page = Folder.Array[0, 3].Select(f => string.Concat(f.Select(s => s + "/")));

    private static readonly Gen<string> Target = Gen.Select(Folder.Array[0, 3], Gen.Int[0, 2], Gen.Bool,
        (folders, kind, fragment) => string.Join('/', folders) + (folders.Length > 0 ? "/" : "") + (kind switch
        {
            0 when folders.Length > 0 => "",
            1 => "site.3f9a0c12ab.css",
            _ => "x.svg",
        }) + (fragment ? "#复述确认" : ""));

    [Fact]
    public void A_link_from_a_page_lands_on_its_target()
    {
        Gen.Select(Page, Target).Sample((page, target) =>
        {
            var link = RelativeUrl.From(page, target);
            Assert.False(link.StartsWith('/'), link);
            Assert.DoesNotContain("//", link, StringComparison.Ordinal);
            Assert.Equal(target, RelativeUrl.Below(page, link));
        }, iter: 20_000);
    }

    [Fact]
    public void A_portable_link_to_a_folder_lands_on_its_index_html()
    {
        Gen.Select(Page, Target).Sample((page, target) =>
        {
            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var (path, fragment) = hash < 0 ? (target, "") : (target[..hash], target[hash..]);
            var expected = path.EndsWith('/') ? path + "index.html" + fragment : target;
            Assert.Equal(expected, RelativeUrl.Below(page, RelativeUrl.From(page, target, portable: true)));
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("zh-CN/before/", "zh-CN/during/", "../during/")]
    [InlineData("zh-CN/before/", "zh-CN/before/#要点", "./#要点")]
    [InlineData("", "assets/css/site.css", "assets/css/site.css")]
    [InlineData("en/a/b/", "en/", "../../")]
    public void Links_are_the_shortest_path(string page, string target, string link) =>
        Assert.Equal(link, RelativeUrl.From(page, target));
}
