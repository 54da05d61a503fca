using System.Diagnostics.CodeAnalysis;
using Guide.Rendering;
using Guide.Theme.Layouts;
using Guide.Theme.Model;
using Microsoft.AspNetCore.Components;

namespace Guide.Building;

/// <summary>
/// A Razor renderer for one run of pages. Razor's HtmlRenderer is single-threaded and keeps every
/// component it rendered until disposed, so each worker has its own and replaces it every batch of pages.
/// </summary>
internal sealed class RendererScope : IDisposable
{
    private readonly RazorPageRenderer _renderer = new();

    public string Page(PageView view) => Render<PageLayout>(new Dictionary<string, object?> { ["Page"] = view });

    public string Render<[DynamicallyAccessedMembers(RazorPageRenderer.ComponentMembers)] T>(Dictionary<string, object?> parameters) where T : IComponent =>
        _renderer.Render<T>(parameters);

    public void Dispose() => _renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
