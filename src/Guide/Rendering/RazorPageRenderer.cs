using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Guide.Rendering;

/// <summary>
/// Renders Razor components of the theme to HTML strings, outside any web app. One instance serves a
/// whole build; it is not thread-safe, so parallel rendering takes one per worker.
/// </summary>
public sealed class RazorPageRenderer : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    public RazorPageRenderer()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        // The default encoder escapes every non-ASCII character, which would turn all Chinese into &#x…; entities.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        _services = services.BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    /// <summary>
    /// What Razor reads of a component by reflection: its constructor, and its properties to set the
    /// parameters. Named on every type argument, so a trimmed native build keeps them.
    /// </summary>
    public const DynamicallyAccessedMemberTypes ComponentMembers = DynamicallyAccessedMemberTypes.All;

    public string Render<[DynamicallyAccessedMembers(ComponentMembers)] TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        }).GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
