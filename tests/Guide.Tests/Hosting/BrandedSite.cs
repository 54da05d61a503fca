
namespace Guide.Tests.Hosting;

/// <summary>The small fixture guide (plus a managers' section) with an organisation's branding in site.yml and a logo below input/.</summary>
public static class BrandedSite
{
    public const string Colour = "#8b1f3a";

    public const string Logo = """<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><rect width="32" height="32" fill="#8b1f3a"/></svg>""";

    public static string SiteYml(string colour = Colour, string logo = "assets/logo.svg") => FixtureSite.SiteYml + $"""

        organisation: {"{"} zh-CN: 示例公司人力资源部, en: Example Co. People Team {"}"}
        logo: {logo}
        primaryColor: "{colour}"
        footer:
          zh-CN: 有问题请联系 HR 热线 8001。
          en: Questions? Call the HR line on 8001.
        """;

    public static FixtureSite Create(string? siteYml = null)
    {
        var files = FixtureSite.Small();
        files["input/site.yml"] = siteYml ?? SiteYml();
        files["input/assets/logo.svg"] = Logo;
        // With a managers' section the header offers the two reader paths, drawn as brand-coloured pills.
        files["input/zh-CN/managers/index.md"] = "---\ntitle: 经理\norder: 20\naudience: manager\n---\n\n为经理准备。\n";
        files["input/en/managers/index.md"] = "---\ntitle: Managers\norder: 20\naudience: manager\n---\n\nFor managers.\n";
        return new FixtureSite(files);
    }
}
