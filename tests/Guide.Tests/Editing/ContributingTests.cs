using System.Text.RegularExpressions;
using Guide.Tests.Support;

namespace Guide.Tests.Editing;

/// <summary>CONTRIBUTING.md explains every problem code the program can report, so an editor is never left with a bare number.</summary>
public partial class ContributingTests
{
    [Fact]
    public void Every_code_defined_in_the_source_is_explained_in_CONTRIBUTING()
    {
        var defined = Directory.EnumerateFiles(Path.Combine(Repo.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => CodeConstant().Matches(File.ReadAllText(f)).Select(m => m.Groups["code"].Value))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var explained = ExplainedCode().Matches(File.ReadAllText(Path.Combine(Repo.Root, "CONTRIBUTING.md")))
            .Select(m => m.Groups["code"].Value)
            .ToHashSet();

        Assert.Contains("GUIDE001", defined);
        Assert.Contains("GUIDE030", defined);
        var missing = defined.Where(code => !explained.Contains(code)).ToList();
        Assert.True(missing.Count == 0, $"CONTRIBUTING.md has no '#### GUIDE0NN — …' section for {string.Join(", ", missing)}");
    }

    /// <summary>A code as the source defines it: <c>= "GUIDE0NN"</c>.</summary>
    [GeneratedRegex("=\\s*\"(?<code>GUIDE0[0-9]{2})\"")]
    private static partial Regex CodeConstant();

    /// <summary>A code with its own heading in CONTRIBUTING.md.</summary>
    [GeneratedRegex("^#### (?<code>GUIDE0[0-9]{2}) — ", RegexOptions.Multiline)]
    private static partial Regex ExplainedCode();
}
