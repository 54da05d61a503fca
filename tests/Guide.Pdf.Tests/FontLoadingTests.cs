using Guide.Pdf.Tests.Support;

namespace Guide.Pdf.Tests;

/// <summary>Loading .ttf and .ttc faces, and the errors a user sees for fonts that cannot be used.</summary>
public sealed class FontLoadingTests
{
    [Fact]
    public void A_collection_face_is_picked_by_index()
    {
        var regular = PdfFont.Load(TestFonts.CollectionPath, 0);
        var bold = PdfFont.Load(TestFonts.CollectionPath, 1);

        Assert.Equal("NotoSansSC-Regular", regular.PostScriptName);
        Assert.Equal("NotoSansSC-Bold", bold.PostScriptName);
        Assert.True(bold.IsBold);
        Assert.Equal(TestFonts.Bold.Measure("粗体 Bold", 12), bold.Measure("粗体 Bold", 12), 6);
    }

    [Theory]
    [InlineData("Noto Sans SC Bold")]
    [InlineData("notosanssc-bold")]
    public void A_collection_face_is_picked_by_full_or_postscript_name(string name)
    {
        var font = PdfFont.Load(TestFonts.CollectionPath, name);

        Assert.Equal(1, font.FaceIndex);
        Assert.True(font.IsBold);
    }

    [Fact]
    public void Text_drawn_with_a_collection_face_renders_and_copies_back()
    {
        var document = new PdfDocument(new PdfDocumentOptions());
        document.AddPage(PageSize.A5).DrawText("合集字体 TTC face", 30, 60, PdfFont.Load(TestFonts.CollectionPath, "Noto Sans SC Bold"), 14);
        var path = PdfTools.Save(document.ToArray());

        Assert.Equal("合集字体 TTC face", PdfTools.Text(path).Trim());
        Assert.True(PdfTools.Render(path).DarkPixels(30, 40, 150, 25) > 100);
        Assert.Contains("NotoSansSC-Bold", PdfTools.Run("pdffonts", path).Output);
    }

    [Fact]
    public void An_unknown_face_name_lists_the_faces_there_are()
    {
        var error = Assert.Throws<FontLoadException>(() => PdfFont.Load(TestFonts.CollectionPath, "Microsoft YaHei"));

        Assert.Equal(FontProblem.FaceNotFound, error.Problem);
        Assert.Contains("'Microsoft YaHei'", error.Message);
        Assert.Contains("0: Noto Sans SC", error.Message);
        Assert.Contains("1: Noto Sans SC Bold", error.Message);
    }

    [Fact]
    public void A_face_index_past_the_end_is_refused()
    {
        var error = Assert.Throws<FontLoadException>(() => PdfFont.Load(TestFonts.CollectionPath, 2));

        Assert.Equal(FontProblem.FaceNotFound, error.Problem);
        Assert.Contains("holds 2 face(s)", error.Message);
    }

    [Fact]
    public void A_cff_opentype_font_is_refused_with_truetype_alternatives()
    {
        var path = TestFonts.WriteTemp("SourceHanSans.otf", SyntheticFont.CffOpenType());

        var error = Assert.Throws<FontLoadException>(() => PdfFont.Load(path));

        Assert.Equal(FontProblem.NotTrueType, error.Problem);
        Assert.StartsWith(path + ": ", error.Message);
        Assert.Contains("CFF", error.Message);
        foreach (var alternative in new[] { "Noto Sans SC", "@expo-google-fonts/noto-sans-sc", "msyh.ttc", "simsun.ttc", "wqy-zenhei.ttc" })
        {
            Assert.Contains(alternative, error.Message);
        }
    }

    [Theory]
    [InlineData(3)] // inside the sfnt header
    [InlineData(200)] // inside the table directory
    [InlineData(400_000)] // the directory is whole, the tables are not
    [InlineData(10_000_000)] // only the end of 'glyf' is missing
    public void A_truncated_font_gives_a_clear_error(int length)
    {
        var path = TestFonts.WriteTemp("truncated.ttf", File.ReadAllBytes(TestFonts.Regular.Path)[..length]);

        var error = Assert.Throws<FontLoadException>(() => PdfFont.Load(path));

        Assert.Equal(FontProblem.Corrupt, error.Problem);
        Assert.Contains("truncated or corrupt", error.Message);
    }

    [Fact]
    public void A_font_whose_glyph_locations_point_past_its_outlines_gives_a_clear_error()
    {
        var bytes = File.ReadAllBytes(TestFonts.Regular.Path);
        var tables = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(4));
        var glyf = Enumerable.Range(0, tables).Select(t => 12 + 16 * t).Single(r => System.Text.Encoding.ASCII.GetString(bytes, r, 4) == "glyf");
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(glyf + 12), 1000); // 'glyf' now claims 1000 bytes
        var path = TestFonts.WriteTemp("short-glyf.ttf", bytes);

        var error = Assert.Throws<FontLoadException>(() => PdfFont.Load(path));

        Assert.Equal(FontProblem.Corrupt, error.Problem);
        Assert.Contains("'loca'", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_font_gives_a_clear_error()
    {
        var path = TestFonts.WriteTemp("notes.ttf", "这不是字体 not a font at all"u8.ToArray());

        var error = Assert.Throws<FontLoadException>(() => PdfFont.Load(path));

        Assert.Equal(FontProblem.Corrupt, error.Problem);
        Assert.Contains("not a TrueType or OpenType font", error.Message);
    }

    [Fact]
    public void A_missing_path_gives_a_clear_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-folder", "msyh.ttc");

        var error = Assert.Throws<FontLoadException>(() => PdfFont.Load(path));

        Assert.Equal(FontProblem.NotFound, error.Problem);
        Assert.StartsWith(path + ": cannot read the font file", error.Message);
    }

    [Fact]
    public void Missing_characters_are_reported_so_a_caller_can_warn()
    {
        Assert.Equal("", TestFonts.Regular.MissingCharacters("简体中文 English ，。"));
        Assert.Equal("\U0001F600", TestFonts.Regular.MissingCharacters("微笑 \U0001F600 \U0001F600"));
    }
}
