namespace Guide.Markdown;

/// <summary>A heading of a page body, with the id its anchor links use.</summary>
public sealed record Heading(int Level, string Text, string Id, int Line);
