using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Guide;

/// <summary>
/// Reads input files the same way for every reader: only regular files that really lie inside the
/// folder being read (a symbolic link may point elsewhere inside it, never out of it), and text only
/// as UTF-8. Every refusal is a <see cref="Diagnostic"/> at the file, never an exception.
/// </summary>
public static class InputFile
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>
    /// Where the content of <paramref name="path"/> is read from: the path itself, or the final target of a
    /// link that stays inside <paramref name="folder"/>. Null, with the problem reported, for anything else.
    /// </summary>
    /// <param name="allowFolder">A folder is an answer too (for walking a tree), not a problem.</param>
    public static string? Resolve(string path, string folder, string display, DiagnosticBag diagnostics, bool allowFolder = false)
    {
        var kind = Entries.KindOf(path);
        var target = path;
        if (kind == EntryKind.Link)
        {
            var real = RealPath.Of(path);
            var realFolder = RealPath.Of(folder) ?? Path.GetFullPath(folder);
            if (real is null)
            {
                diagnostics.Add(Problem(display, DiagnosticCodes.NotARegularFile,
                    "this symbolic link leads round in a loop of links; replace it with the file itself"));
                return null;
            }
            if (!RealPath.IsInside(real, realFolder))
            {
                diagnostics.Add(Problem(display, DiagnosticCodes.LinkLeavesFolder,
                    $"this is a symbolic link to {real}, outside {realFolder}; only files inside the folder are read and published, so copy the file in instead of linking to it"));
                return null;
            }
            target = real;
            kind = Entries.KindOf(real);
            if (kind == EntryKind.Missing)
            {
                diagnostics.Add(Problem(display, DiagnosticCodes.NotARegularFile,
                    $"this symbolic link points to {real}, which does not exist; remove the link or put the file there"));
                return null;
            }
        }
        switch (kind)
        {
            case EntryKind.File:
            case EntryKind.Folder when allowFolder:
                return target;
            case EntryKind.Missing:
                diagnostics.Add(Problem(display, DiagnosticCodes.UnreadableFile, "the file disappeared while it was being read; build again"));
                return null;
            case EntryKind.Folder:
                diagnostics.Add(Problem(display, DiagnosticCodes.NotARegularFile, "this is a folder where a file was expected; rename it"));
                return null;
            default:
                diagnostics.Add(Problem(display, DiagnosticCodes.NotARegularFile,
                    $"this is {Entries.Describe(target)}, not a regular file; reading it could wait for ever, so remove it from the folder"));
                return null;
        }
    }

    /// <summary>The bytes of a file inside <paramref name="folder"/>, or null with the problem reported.</summary>
    public static byte[]? ReadBytes(string path, string folder, string display, DiagnosticBag diagnostics)
    {
        if (Resolve(path, folder, display, diagnostics) is not { } target)
        {
            return null;
        }
        try
        {
            return File.ReadAllBytes(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Problem(display, DiagnosticCodes.UnreadableFile, $"cannot read the file: {e.Message}"));
            return null;
        }
    }

    /// <summary>The text of a UTF-8 file inside <paramref name="folder"/> (a byte-order mark is allowed and dropped), or null with the problem reported.</summary>
    public static string? ReadText(string path, string folder, string display, DiagnosticBag diagnostics) =>
        ReadBytes(path, folder, display, diagnostics) is { } bytes ? Decode(bytes, display, diagnostics) : null;

    /// <summary>
    /// UTF-8 text, or null with a problem naming the first byte that is not UTF-8. Text saved as GBK or
    /// GB18030, the default of Chinese Windows, is recognised and the message says how to save it again.
    /// </summary>
    public static string? Decode(byte[] bytes, string display, DiagnosticBag diagnostics)
    {
        ReadOnlySpan<byte> text = bytes;
        if (text.StartsWith("\uFEFF"u8))
        {
            text = text[3..];
        }
        var chars = ArrayPool<char>.Shared.Rent(text.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(text, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                return new string(chars, 0, written);
            }
            var offset = read + (bytes.Length - text.Length);
            var (line, column) = Position(bytes, offset);
            diagnostics.Add(Diagnostic.Error(display, line, column, DiagnosticCodes.NotUtf8,
                $"the file is not UTF-8: byte 0x{bytes[offset]:X2} at byte offset {offset} cannot be read. {Advice(bytes)}"));
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string Advice(byte[] bytes)
    {
        const string Resave = "Save it again as UTF-8 (Notepad: File › Save as, Encoding: UTF-8; VS Code: the encoding in the status bar › Save with Encoding › UTF-8)";
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return $"It was saved as UTF-16 (\"Unicode\"). {Resave}.";
        }
        try
        {
            Gb18030.Value.GetString(bytes);
            return $"It reads as GB18030 (GBK), the encoding Chinese Windows uses by default. {Resave}.";
        }
        catch (DecoderFallbackException)
        {
            return $"{Resave}.";
        }
    }

    /// <summary>The 1-based line and column (in characters of the readable text before it) of a byte.</summary>
    private static (int Line, int Column) Position(byte[] bytes, int offset)
    {
        var before = bytes.AsSpan(0, offset);
        var line = before.Count((byte)'\n') + 1;
        var bom = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var lineStart = Math.Max(before.LastIndexOf((byte)'\n') + 1, Math.Min(bom, offset));
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }

    private static Diagnostic Problem(string display, string code, string message) => Diagnostic.Error(display, 0, 0, code, message);
}
