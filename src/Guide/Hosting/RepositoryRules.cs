namespace Guide.Hosting;

/// <summary>
/// What <c>repository</c> in site.yml must be before pages get "edit this page" links: the web address
/// of a real repository. A template's placeholder would send every editor to a page that does not exist.
/// </summary>
public static class RepositoryRules
{
    /// <summary>Owners that templates and samples use in place of a real one.</summary>
    private static readonly string[] PlaceholderOwners =
        ["example", "examples", "owner", "username", "organisation", "organization", "yourname", "xxx", "todo"];

    /// <summary>Domains reserved for examples and tests (RFC 2606 and RFC 6761), which never host a real repository.</summary>
    private static readonly string[] ReservedDomains = ["example.com", "example.org", "example.net", "example", "test", "invalid", "localhost"];

    public static (string Code, string Message)? Problem(string repository)
    {
        if (!Uri.TryCreate(repository, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return (DiagnosticCodes.InvalidSiteConfig,
                $"repository should be the web address of the guide's repository, such as https://github.com/your-team/review-guide, not '{repository}'");
        }
        var host = uri.Host.ToLowerInvariant();
        var owner = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant() ?? "";
        var reserved = ReservedDomains.Any(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal));
        var template = repository.IndexOfAny(['<', '>', '{', '}']) >= 0 || owner.StartsWith("your", StringComparison.Ordinal) || PlaceholderOwners.Contains(owner);
        if (!reserved && !template)
        {
            return null;
        }
        return (DiagnosticCodes.PlaceholderRepository,
            $"repository '{repository}' is a placeholder, so every \"edit this page\" link would lead nowhere; give the address of the guide's own repository, or remove 'repository' to leave the links out");
    }
}
