using System.Text;

namespace Guide.Pdf;

/// <summary>
/// Sets of common Chinese characters for <see cref="PdfDocumentOptions.ExtraCharacters"/>, so
/// text typed into form fields renders in the embedded font. Decoded from the GB2312 code
/// table at run time rather than stored as data.
/// </summary>
public static class CommonHanzi
{
    private static readonly Lazy<string> Level1 = new(DecodeLevel1);

    /// <summary>
    /// The 3,755 level-1 Hanzi of GB 2312 (the most frequent characters, in pinyin order): rows
    /// 0xB0–0xD7, cells 0xA1–0xFE, minus the five unassigned cells 0xD7FA–0xD7FE.
    /// </summary>
    public static string Gb2312Level1 => Level1.Value;

    /// <summary>Full-width Chinese punctuation commonly typed into forms.</summary>
    public const string Punctuation = "，。、；：？！“”‘’（）《》「」『』【】—…·￥％";

    private static string DecodeLevel1()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb2312 = Encoding.GetEncoding(936);
        var bytes = new List<byte>(2 * 3755);
        for (var row = 0xB0; row <= 0xD7; row++)
        {
            for (var cell = 0xA1; cell <= 0xFE; cell++)
            {
                if (row == 0xD7 && cell >= 0xFA)
                {
                    break;
                }

                bytes.Add((byte)row);
                bytes.Add((byte)cell);
            }
        }

        return gb2312.GetString(bytes.ToArray());
    }
}
