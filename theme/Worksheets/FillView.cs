using Guide.Theme.Model;

namespace Guide.Theme.Worksheets;

/// <summary>
/// What a worksheet page needs to offer its PDF filled with the reader's answers: the script with the
/// PDF and its field map (relative to the page), the name they share, the page's words, and where the
/// reader can move or delete the answers kept on this device.
/// </summary>
public sealed record FillView(string ScriptHref, string Key, UiText Text, string DeviceHref);
