using System.Reflection;
using System.Text.RegularExpressions;

namespace Guide.Tests.Editing;

/// <summary>
/// One registry of problem codes (<see cref="DiagnosticCodes"/>): each number means one thing, and
/// CONTRIBUTING.md explains every one of them, so an editor is never left with a bare number.
/// </summary>
public partial class ContributingTests
{
    private static readonly IReadOnlyList<(string Name, string Code)> Registry =
        [.. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!))];

    [Fact]
    public void Every_code_has_one_name_and_one_number()
    {
        Assert.True(Registry.Count >= 60, $"only {Registry.Count} codes");
        var shared = Registry.GroupBy(c => c.Code).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Name))}").ToList();
        Assert.True(shared.Count == 0, "codes given to more than one name: " + string.Join("; ", shared));
        Assert.All(Registry, c => Assert.Matches("^GUIDE0[0-9]{2}$", c.Code));
    }

    [Fact]
    public void No_code_is_defined_outside_the_registry()
    {
        var registry = Path.Combine(Repo.Root, "src", "Guide.Core", "DiagnosticCodes.cs");
        var elsewhere = Directory.EnumerateFiles(Path.Combine(Repo.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => f != registry && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => CodeLiteral().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Repo.Root, f))
            .ToList();

        Assert.True(elsewhere.Count == 0, "problem codes written outside src/Guide.Core/DiagnosticCodes.cs: " + string.Join(", ", elsewhere));
    }

    [Fact]
    public void Every_code_is_explained_in_CONTRIBUTING_and_every_explained_code_exists()
    {
        var explained = ExplainedCode().Matches(File.ReadAllText(Path.Combine(Repo.Root, "CONTRIBUTING.md")))
            .Select(m => m.Groups["code"].Value)
            .ToList();
        var codes = Registry.Select(c => c.Code).ToHashSet();

        var missing = Registry.Where(c => !explained.Contains(c.Code)).Select(c => $"{c.Code} ({c.Name})").ToList();
        Assert.True(missing.Count == 0, $"CONTRIBUTING.md has no '#### GUIDE0NN — …' section for {string.Join(", ", missing)}");
        var unknown = explained.Where(code => !codes.Contains(code)).ToList();
        Assert.True(unknown.Count == 0, "CONTRIBUTING.md explains codes the program does not have: " + string.Join(", ", unknown));
        Assert.Empty(explained.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => $"{g.Key} is explained {g.Count()} times"));
    }

    /// <summary>A code written as a string in source: <c>"GUIDE0NN"</c>.</summary>
    [GeneratedRegex("\"GUIDE0[0-9]{2}\"")]
    private static partial Regex CodeLiteral();

    /// <summary>A code with its own heading in CONTRIBUTING.md.</summary>
    [GeneratedRegex("^#### (?<code>GUIDE0[0-9]{2}) — ", RegexOptions.Multiline)]
    private static partial Regex ExplainedCode();
}
