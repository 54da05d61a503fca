using System.Text.Json.Serialization;
using Guide.Content;
using Guide.Markdown;
using Guide.Search;
using Guide.Worksheets;

namespace Guide.Building;

/// <summary>
/// The inputs that memo keys are made of, written as JSON by generated code: the native build has no
/// reflection-based JSON.
/// </summary>
[JsonSerializable(typeof(Page))]
[JsonSerializable(typeof(LinkTargets))]
[JsonSerializable(typeof(List<SearchDocument>))]
[JsonSerializable(typeof(WorksheetRenderOptions))]
internal sealed partial class MemoJson : JsonSerializerContext;
