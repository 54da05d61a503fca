using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Guide.Testing;

/// <summary>
/// Approved-file snapshots with Verify's file names: the approved text is <c>Name.verified.html</c> beside
/// the test; a mismatch writes <c>Name.received.html</c> and fails with a short diff. To accept a change,
/// rename the received file over the verified one.
/// </summary>
public static partial class Snapshot
{
    public static void Match(string name, string actual, string extension = "html", [CallerFilePath] string testFile = "")
    {
        // CI builds map source paths to "/_/" (deterministic builds), so the test's folder is found from the repository.
        var source = testFile.StartsWith("/_/", StringComparison.Ordinal) ? Path.Combine(Repo.Root, testFile[3..]) : testFile;
        var dir = Path.Combine(Path.GetDirectoryName(source)!, "Snapshots");
        var verified = Path.Combine(dir, $"{name}.verified.{extension}");
        var received = Path.Combine(dir, $"{name}.received.{extension}");
        var scrubbed = Scrub(actual);
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == scrubbed)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }
            return;
        }
        Directory.CreateDirectory(dir);
        File.WriteAllText(received, scrubbed);
        var message = expected is null
            ? $"No approved snapshot yet. Review {received} and rename it to {Path.GetFileName(verified)} to accept it."
            : $"Snapshot {name} changed. {FirstDifference(expected, scrubbed)}\nReview {received}; rename it to {Path.GetFileName(verified)} to accept it.";
        Assert.Fail(message);
    }

    /// <summary>Content hashes in asset names change with every CSS edit; they are not what a page snapshot is about.</summary>
    public static string Scrub(string html) => HashedName().Replace(html.Replace("\r\n", "\n"), ".HASH.$1");

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end of file>";
            var right = i < b.Length ? b[i] : "<end of file>";
            if (left != right)
            {
                return $"First difference at line {i + 1}:\n- {Shorten(left)}\n+ {Shorten(right)}";
            }
        }
        return "";
    }

    private static string Shorten(string line) => line.Length > 200 ? line[..200] + "…" : line;

    [GeneratedRegex(@"\.[0-9a-f]{10}\.(css|js)")]
    private static partial Regex HashedName();
}
