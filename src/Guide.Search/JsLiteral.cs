using System.Globalization;
using System.Text;

namespace Guide.Search;

/// <summary>
/// Writes JSON values that are also valid JavaScript source. Written by hand instead of through
/// System.Text.Json because its safe encoder turns every Chinese character into a six-byte
/// <c>\uXXXX</c> escape, tripling the index; here only what JSON or JavaScript require is escaped.
/// </summary>
internal static class JsLiteral
{
    public static void String(StringBuilder sb, string value)
    {
        sb.Append('"');
        Escape(sb, value);
        sb.Append('"');
    }

    /// <summary>Appends the text of a string literal without its quotes.</summary>
    public static void Escape(StringBuilder sb, string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || c is '\u2028' or '\u2029' || IsLoneSurrogate(value, i))
                    {
                        // Line separators end a statement in older engines; lone surrogates are not valid UTF-8.
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }
    }

    public static void Int(StringBuilder sb, long value) => sb.Append(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The shortest text that reads back as the same double, which JavaScript parses to the same value.</summary>
    public static void Double(StringBuilder sb, double value) => sb.Append(value.ToString("R", CultureInfo.InvariantCulture));

    private static bool IsLoneSurrogate(string s, int i)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(s[i - 1]));
    }
}
