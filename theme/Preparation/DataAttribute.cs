using System.Text.Encodings.Web;
using System.Text.Json;

namespace Guide.Theme.Preparation;

/// <summary>
/// Values for data attributes that the page's scripts read as JSON. Relaxed escaping keeps Chinese
/// readable: Razor encodes the attribute afterwards, so nothing here can end the attribute. Property
/// names are camelCase, as the scripts read them (key, lang, label).
/// </summary>
public static class DataAttribute
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Json<T>(T value) => JsonSerializer.Serialize(value, Options);
}
