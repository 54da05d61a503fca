using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Guide.Theme.Preparation;

/// <summary>
/// Values for data attributes that the page's scripts read as JSON. Relaxed escaping keeps Chinese
/// readable: Razor encodes the attribute afterwards, so nothing here can end the attribute. Property
/// names are camelCase, as the scripts read them (key, lang, label).
/// </summary>
public static class DataAttribute
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        TypeInfoResolver = DataAttributeJson.Default,
    };

    /// <summary>A value of a type that <see cref="DataAttributeJson"/> names; any other type throws, in every build.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));
}

/// <summary>
/// The shapes written into data attributes, serialised by generated code: the native build has no
/// reflection-based JSON.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IReadOnlyList<CardSourceView>))]
[JsonSerializable(typeof(IReadOnlyList<IReadOnlyList<string>>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
internal sealed partial class DataAttributeJson : JsonSerializerContext;
