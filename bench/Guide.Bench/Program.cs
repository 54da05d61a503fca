using Guide.Bench;
using Guide.Pdf;

// bench pdf                   → timing figures for the two-page form document
// bench write <file>          → writes the sample form (used by the cross-process determinism test)
// bench corpus <dir> [N]      → writes a synthetic bilingual guide of N pages per language (default 1000)
switch (args)
{
    case ["corpus", var dir, .. var more]:
        Corpus.Write(dir, more.Length > 0 && int.TryParse(more[0], out var pages) ? pages : 1000);
        return 0;
    case ["pdf", ..]:
        PdfBenchmark.Run(args.Length > 1 && int.TryParse(args[1], out var n) ? n : 30);
        return 0;
    case ["write", var file]:
        var bytes = SampleForm.Build(PdfFont.Load(NotoFontCache.Regular), PdfFont.Load(NotoFontCache.Bold));
        File.WriteAllBytes(file, bytes);
        return 0;
    default:
        Console.Error.WriteLine("usage: Guide.Bench pdf [runs] | write <file.pdf> | corpus <dir> [pages per language]");
        return 2;
}
