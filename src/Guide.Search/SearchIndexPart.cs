using System.Text;

namespace Guide.Search;

/// <summary>
/// One file of a sharded index: a script that registers its content on
/// <c>globalThis.GuideSearch.parts[key]</c>, where the key is its name without <c>.js</c>.
/// </summary>
/// <param name="Name">Path relative to the folder of the language's manifest, e.g. <c>en/t3.js</c>.</param>
/// <param name="Script">The script's text.</param>
public sealed record SearchIndexPart(string Name, string Script)
{
    internal static SearchIndexPart Write(string key, Action<StringBuilder> content)
    {
        var sb = new StringBuilder();
        sb.Append("(globalThis.GuideSearch ||= {}).parts ||= {};\nglobalThis.GuideSearch.parts[");
        JsLiteral.String(sb, key);
        sb.Append("] = ");
        content(sb);
        sb.Append(";\n");
        return new SearchIndexPart(key + ".js", sb.ToString());
    }
}
