using System.Xml;

namespace Guide.Content;

/// <summary>
/// An SVG is a document, not only a picture: opened from its own address it runs the scripts and event
/// handlers inside it on the guide's origin, and it can load files from other sites. Images drawn for the
/// guide need none of that, so an SVG that has any of it is refused.
/// </summary>
public static class SvgRules
{
    private static readonly string[] ActiveElements = ["script", "foreignObject", "iframe", "embed", "object", "handler", "listener"];

    /// <summary>True when the SVG may be published; otherwise the first problem is reported at its line.</summary>
    public static bool Check(InputEntry file, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.ReadPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(file.Display, 0, 0, DiagnosticCodes.UnreadableFile, $"cannot read the file: {e.Message}"));
            return false;
        }
        // Drawing programs write a DOCTYPE; it is skipped, never fetched or expanded.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
        var position = (IXmlLineInfo)reader;
        var inStyle = false;
        try
        {
            while (reader.Read())
            {
                if (reader.LocalName == "style" && reader.NodeType is XmlNodeType.Element or XmlNodeType.EndElement)
                {
                    inStyle = reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement;
                }
                if (Problem(reader, inStyle) is { } problem)
                {
                    diagnostics.Add(Diagnostic.Error(file.Display, position.LineNumber, position.LinePosition, DiagnosticCodes.UnsafeSvg,
                        $"{problem}; the guide publishes only SVGs that draw, so save the image without it (or as PNG)"));
                    return false;
                }
            }
        }
        catch (XmlException e)
        {
            diagnostics.Add(Diagnostic.Error(file.Display, e.LineNumber, e.LinePosition, DiagnosticCodes.UnsafeSvg, $"the SVG is not valid XML: {e.Message}"));
            return false;
        }
        return true;
    }

    private static string? Problem(XmlReader reader, bool inStyle)
    {
        if (inStyle && reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && !StyleIsLocal(reader.Value))
        {
            return "its style loads a file from another address";
        }
        if (reader.NodeType != XmlNodeType.Element)
        {
            return null;
        }
        if (ActiveElements.Contains(reader.LocalName, StringComparer.OrdinalIgnoreCase))
        {
            return $"it has a <{reader.LocalName}> element, which can run code";
        }
        var animatesLink = reader.LocalName is "set" or "animate"
            && reader.GetAttribute("attributeName") is { } animated
            && (animated.EndsWith("href", StringComparison.OrdinalIgnoreCase) || animated.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        if (animatesLink)
        {
            return $"its <{reader.LocalName}> element changes a link or an event handler";
        }
        while (reader.MoveToNextAttribute())
        {
            var name = reader.LocalName;
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && reader.Prefix != "xmlns")
            {
                return $"it has an event handler ({reader.Name}), which runs code";
            }
            if (name.Equals("href", StringComparison.OrdinalIgnoreCase) && !HrefIsLocal(reader.Value))
            {
                return $"it links to '{Shorten(reader.Value)}'; an image may only refer to its own parts (#id) or embed a picture";
            }
            if (name.Equals("style", StringComparison.OrdinalIgnoreCase) && !StyleIsLocal(reader.Value))
            {
                return "its style loads a file from another address";
            }
        }
        reader.MoveToElement();
        return null;
    }

    private static bool HrefIsLocal(string href)
    {
        var value = href.Trim();
        return value.StartsWith('#')
            || value.StartsWith("data:image/png", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("data:image/jpeg", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("data:image/gif", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("data:image/webp", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A style may refer to its own gradients and masks (<c>url(#id)</c>), nothing else.</summary>
    private static bool StyleIsLocal(string style)
    {
        var at = 0;
        while ((at = style.IndexOf("url(", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            at += 4;
            var rest = style[at..].TrimStart(' ', '"', '\'');
            if (!rest.StartsWith('#'))
            {
                return false;
            }
        }
        return !style.Contains("@import", StringComparison.OrdinalIgnoreCase);
    }

    private static string Shorten(string value) => value.Length > 60 ? value[..60] + "…" : value;
}
