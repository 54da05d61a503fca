using System.Text;
using Guide.Pdf.Fonts;
using Guide.Pdf.Objects;

namespace Guide.Pdf.Tests;

/// <summary>Byte-exact output of the low-level objects, where one wrong byte makes a reader reject the file.</summary>
public sealed class PdfObjectTests
{
    private static string Write(PdfObject value)
    {
        var sink = new ByteSink();
        value.WriteTo(sink);
        return Encoding.Latin1.GetString(sink.Written);
    }

    [Theory]
    [InlineData("Yes", "/Yes")]
    [InlineData("A B#(1)", "/A#20B#23#281#29")]
    [InlineData("是", "/#E6#98#AF")]
    public void Names_escape_delimiters_spaces_and_non_ascii(string name, string expected) =>
        Assert.Equal(expected, Write(new PdfName(name)));

    [Theory]
    [InlineData("Goal (SMART)", "(Goal \\(SMART\\))")]
    [InlineData("back\\slash", "(back\\\\slash)")]
    [InlineData("目标", "<FEFF76EE6807>")]
    [InlineData("line\rbreak", "<FEFF006C0069006E0065000D0062007200650061006B>")]
    public void Text_strings_are_literal_for_printable_ascii_and_utf16_otherwise(string text, string expected) =>
        Assert.Equal(expected, Write(PdfString.Text(text)));

    [Theory]
    [InlineData(3.0, "3")]
    [InlineData(-0.00001, "0")]
    [InlineData(595.2755905511812, "595.2756")]
    [InlineData(0.5, "0.5")]
    [InlineData(-12.25, "-12.25")]
    [InlineData(1e7, "10000000")]
    public void Numbers_have_no_exponent_and_at_most_four_decimals(double value, string expected) =>
        Assert.Equal(expected, PdfNumber.Format(value));

    [Fact]
    public void Dictionaries_keep_insertion_order_and_replace_in_place()
    {
        var dictionary = new PdfDictionary { { "Type", new PdfName("Annot") }, { "F", 4 }, { "T", PdfString.Text("a") } };
        dictionary["F"] = 0;

        Assert.Equal("<</Type /Annot/F 0/T (a)>>", Write(dictionary));
    }

    [Fact]
    public void Widths_collapse_runs_of_equal_widths_into_ranges()
    {
        var widths = FontEmbedder.Widths([500, 1000, 1000, 1000, 1000, 224.5, 600, 600]);

        Assert.Equal("[0 [500] 1 4 1000 5 [224.5 600 600]]", Write(widths));
    }

    [Fact]
    public void ToUnicode_maps_cids_to_utf16_including_surrogate_pairs_in_blocks_of_100()
    {
        var characters = Enumerable.Range(1, 150).Select(i => (0x4E00 + i, (ushort)i)).Append((0x20BB7, (ushort)151));
        var cmap = Encoding.ASCII.GetString(ToUnicodeCMap.Write(characters));

        Assert.Contains("100 beginbfchar\n<0001> <4E01>\n", cmap);
        Assert.Contains("51 beginbfchar\n", cmap);
        Assert.Contains("<0097> <D842DFB7>\n", cmap); // 𠮷, outside the BMP
        Assert.EndsWith("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n", cmap);
    }

    [Theory]
    [InlineData(8, "D:20250115093000+08'00'")]
    [InlineData(0, "D:20250115093000Z")]
    [InlineData(-5, "D:20250115093000-05'00'")]
    public void Dates_keep_the_offset_they_were_given(int hours, string expected) =>
        Assert.Equal(expected, DocumentWriter.Date(new DateTimeOffset(2025, 1, 15, 9, 30, 0, TimeSpan.FromHours(hours))));

    [Fact]
    public void Dictionaries_go_into_an_object_stream_and_streams_stand_alone()
    {
        var table = new ObjectTable();
        var catalog = table.Allocate();
        var info = table.Add(new PdfDictionary { { "Producer", PdfString.Text("p") } });
        var content = table.Add(PdfStream.Compressed("BT ET"u8));
        table.Set(catalog, new PdfDictionary { { "Type", new PdfName("Catalog") }, { "Extra", content } });

        var bytes = PdfFileWriter.Write(table, catalog, info).Bytes;
        var file = Encoding.Latin1.GetString(bytes);
        var path = Support.PdfTools.Save(bytes);
        var xref = Support.PdfTools.Run("qpdf", "--show-xref", path).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var startxref = int.Parse(file[(file.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("1/0: compressed; stream = 4, index = 0", xref[0]);
        Assert.Equal("2/0: compressed; stream = 4, index = 1", xref[1]);
        Assert.StartsWith("3/0: uncompressed; offset = ", xref[2], StringComparison.Ordinal);
        Assert.StartsWith("5 0 obj\n<</Filter /FlateDecode/Type /XRef/Size 6/W [1 4 2]", file[startxref..], StringComparison.Ordinal);
    }
}
