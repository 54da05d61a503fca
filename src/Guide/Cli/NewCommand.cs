using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Guide.Building;
using Guide.Content;
using Guide.Theme.Model;
using Guide.Worksheets;

namespace Guide.Cli;

/// <summary>
/// <c>guide new page SECTION/SLUG</c>, <c>guide new worksheet ID</c> and <c>guide new rehearsal ID</c>: the files an editor would
/// otherwise copy from a neighbour, with the front matter or schema filled in. Never overwrites a file.
/// </summary>
public static partial class NewCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "The content folder (holds site.yml).", DefaultValueFactory = _ => "input" };
        var worksheets = new Option<string?>("--worksheets") { Description = "The worksheet definitions (default: worksheets/ beside the input folder)." };
        var path = new Argument<string>("SECTION/SLUG") { Description = "Where the page goes, e.g. before/salary-questions (or before/index for a new section)." };
        var page = new Command("page", "Create a page in every language, with its front matter.") { path, input };
        page.SetAction(parse => Page(parse.GetValue(input)!, parse.GetValue(path)!));
        var id = new Argument<string>("ID") { Description = "The worksheet id, e.g. W10." };
        var name = new Argument<string>("NAME") { Description = "Words for the file name, e.g. salary-review.", DefaultValueFactory = _ => "worksheet" };
        var worksheet = new Command("worksheet", "Create a worksheet definition skeleton in the worksheets folder.") { id, name, input, worksheets };
        worksheet.SetAction(parse => Worksheet(new BuildOptions(parse.GetValue(input)!, "output") { WorksheetsDir = parse.GetValue(worksheets) }, parse.GetValue(id)!, parse.GetValue(name)!));
        var rehearsals = new Option<string?>("--rehearsals") { Description = "The rehearsal definitions (default: rehearsals/ beside the input folder)." };
        var rehearsalId = new Argument<string>("ID") { Description = "The rehearsal's id and file name, e.g. asked-to-sign." };
        var audience = new Option<string>("--audience") { Description = "Who practises: employee or manager.", DefaultValueFactory = _ => "employee" };
        var rehearsal = new Command("rehearsal", "Create a rehearsal definition skeleton in the rehearsals folder.") { rehearsalId, audience, input, rehearsals };
        rehearsal.SetAction(parse => Rehearsal(new BuildOptions(parse.GetValue(input)!, "output") { RehearsalsDir = parse.GetValue(rehearsals) }, parse.GetValue(rehearsalId)!, parse.GetValue(audience)!));
        return new Command("new", "Create a page, a worksheet or a rehearsal definition.") { page, worksheet, rehearsal };
    }

    public static int Page(string inputDir, string target)
    {
        var diagnostics = new DiagnosticBag();
        var config = Directory.Exists(inputDir) ? SiteConfigLoader.Load(inputDir, diagnostics) : null;
        var parts = target.Replace('\\', '/').Trim('/').Split('/');
        if (parts is [.., var last] && last.EndsWith(".md", StringComparison.Ordinal))
        {
            parts[^1] = last[..^3];
        }
        if (config is null)
        {
            return Fail(diagnostics.HasErrors ? string.Join('\n', diagnostics.Sorted()) : $"{inputDir} is not a guide's input folder (no site.yml); pass --input");
        }
        if (parts is not [var section, var slug] || !Slug().IsMatch(section) || !Slug().IsMatch(slug))
        {
            return Fail($"'{target}' should be SECTION/SLUG in lowercase letters, digits and hyphens, e.g. before/salary-questions");
        }
        var sections = config.Languages.SelectMany(l => Folders(Path.Combine(inputDir, l.Code))).Distinct().Order(StringComparer.Ordinal).ToList();
        if (!sections.Contains(section) && slug != "index")
        {
            var hint = Suggest.Closest(section, sections) is { } near ? $"did you mean '{near}/{slug}'? " : "";
            return Fail($"there is no section '{section}'; {hint}To start a new section, run 'guide new page {section}/index' first.");
        }
        var files = config.Languages.Select(l => (Lang: l.Code, Path: Path.Combine(inputDir, l.Code, section, slug + ".md"))).ToList();
        if (files.FirstOrDefault(f => Entries.KindOf(f.Path) != EntryKind.Missing) is { Path: not null } existing)
        {
            return Fail($"{DisplayPath.Of(existing.Path)} already exists; 'new' never overwrites a page");
        }
        var siblings = config.Languages.SelectMany(l => FrontMatters(slug == "index" ? Path.Combine(inputDir, l.Code) : Path.Combine(inputDir, l.Code, section), slug == "index")).ToList();
        var order = (siblings.Select(m => m.Order).DefaultIfEmpty(0).Max() / 10 + 1) * 10;
        var sectionIndex = FrontMatters(Path.Combine(inputDir, config.DefaultLanguage.Code, section), indexes: true).FirstOrDefault();
        var audience = (sectionIndex?.Audience ?? Audience.All).ToString().ToLowerInvariant();
        var words = ThemeWords.For([.. config.Languages.Select(l => l.Code)]);
        foreach (var (lang, file) in files)
        {
            var text = words[lang];
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, $"""
                ---
                title: {text["skeleton.page.title"]}
                summary: {text["skeleton.page.summary"]}
                order: {order.ToString(CultureInfo.InvariantCulture)}
                audience: {audience}  # employee | manager | all
                tags: []
                topics: []
                ---

                {text["skeleton.page.body"]}

                """.Replace("\r\n", "\n"));
            Console.WriteLine($"created {DisplayPath.Of(file)}");
        }
        Console.WriteLine("Write the title and text in every language, then run 'guide check'.");
        return 0;
    }

    public static int Worksheet(BuildOptions options, string id, string name)
    {
        if (Languages(options.InputDir) is not { } languages)
        {
            return Fail($"{options.InputDir} is not a guide's input folder (no site.yml); pass --input");
        }
        var words = ThemeWords.For(languages);
        var folder = options.ResolvedWorksheetsDir;
        id = id.ToUpperInvariant();
        if (!Slug().IsMatch(name))
        {
            return Fail($"'{name}' should be lowercase letters, digits and hyphens, e.g. salary-review");
        }
        var existing = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yml").Order(StringComparer.Ordinal).ToList() : [];
        var file = Path.Combine(folder, $"{id.ToLowerInvariant()}-{name}.yml");
        var title = string.Join(" / ", languages.Select(l => words[l]["skeleton.worksheet.title"]).Distinct());
        var text = $"# {id} · {title}\n" + SchemaComment(existing, folder, languages, words) + Skeleton(id, languages, words);
        // Asked of the parser itself, so 'new' never writes a definition that 'check' would then refuse.
        var problems = new DiagnosticBag();
        WorksheetCatalog.Parse(file, text, languages, problems);
        if (problems.Sorted().FirstOrDefault(d => d.IsError) is { } problem)
        {
            return Fail($"'{id}' and '{name}' do not make a worksheet the build accepts: {problem.Message}");
        }
        if (existing.FirstOrDefault(f => ReadQuietly(f, folder)?.Split('\n').Any(l => l.Trim() == $"id: {id}") == true) is { } taken)
        {
            return Fail($"{DisplayPath.Of(taken)} already uses the id {id}; pick the next free number");
        }
        if (Entries.KindOf(file) != EntryKind.Missing)
        {
            return Fail($"{DisplayPath.Of(file)} already exists; 'new' never overwrites a definition");
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(file, text);
        Console.WriteLine($"created {DisplayPath.Of(file)}");
        Console.WriteLine("Fill in the texts in every language and add fields, then run 'guide check'.");
        return 0;
    }

    public static int Rehearsal(BuildOptions options, string id, string audience)
    {
        if (Languages(options.InputDir) is not { } languages)
        {
            return Fail($"{options.InputDir} is not a guide's input folder (no site.yml); pass --input");
        }
        if (!Slug().IsMatch(id) || !char.IsAsciiLetterLower(id[0]))
        {
            return Fail($"'{id}' should be lowercase letters, digits and hyphens, starting with a letter, e.g. asked-to-sign");
        }
        if (!Rehearsals.Judgements.Audiences.TryGetValue(audience, out var who))
        {
            return Fail($"--audience is employee or manager, not '{audience}'");
        }
        var file = Path.Combine(options.ResolvedRehearsalsDir, id + ".yml");
        if (File.Exists(file))
        {
            return Fail($"{DisplayPath.Of(file)} already exists; 'new' never overwrites a definition");
        }
        Directory.CreateDirectory(options.ResolvedRehearsalsDir);
        // The home page exists in every language, so the skeleton's links resolve until real ones are written.
        var words = ThemeWords.For(languages);
        File.WriteAllText(file, Rehearsals.RehearsalSkeleton.For(id, who, "index.md", languages, (lang, key) => words[lang][key]));
        Console.WriteLine($"created {DisplayPath.Of(file)}");
        Console.WriteLine($"Write the conversation in every language, link pages to it with [ … ](rehearsal:{id}), then run 'guide check'.");
        return 0;
    }

    /// <summary>The schema explanation at the top of the existing definitions, so every file carries the same guide to its format.</summary>
    private static string SchemaComment(IReadOnlyList<string> definitions, string folder, IReadOnlyList<string> languages, ThemeWords words)
    {
        foreach (var file in definitions)
        {
            var comment = (ReadQuietly(file, folder) ?? "").Split('\n').Skip(1).TakeWhile(l => l.StartsWith('#')).ToList();
            if (comment.Count > 2)
            {
                return string.Join('\n', comment) + "\n\n";
            }
        }
        var example = "{" + string.Join(", ", languages.Select(l => $"{l}: {words[l]["skeleton.languageName"]}")) + "}";
        return $"# Every text is written in every language of the site: {example}. See the other definitions for every kind of field.\n\n";
    }

    private static string Skeleton(string id, IReadOnlyList<string> languages, ThemeWords words)
    {
        string Flow(string key) => "{" + string.Join(", ", languages.Select(l => $"{l}: {words[l]["skeleton.worksheet." + key]}")) + "}";
        string Block(string key, string indent, string first = "") =>
            string.Concat(languages.Select((l, i) => $"\n{(i == 0 ? first : indent)}{l}: {words[l]["skeleton.worksheet." + key]}"));
        return $$"""
            id: {{id}}
            title: {{Flow("title")}}
            purpose:{{Block("purpose", "  ", "  ")}}
            when:{{Block("when", "  ", "  ")}}
            steps:{{Block("step", "    ", "  - ")}}
            intro:{{Block("intro", "  ", "  ")}}

            sections:
              - heading: {{Flow("aboutYou")}}
                two_columns: true
                fields:
                  - id: name
                    kind: text
                    label: {{Flow("name")}}
                    help: {{Flow("nameHelp")}}
                  - id: date
                    kind: text
                    label: {{Flow("date")}}
                    help: {{Flow("dateHelp")}}

              - heading: {{Flow("part")}}
                fields:
                  - id: notes
                    kind: lines
                    lines: 4
                    label: {{Flow("notes")}}
                    help: {{Flow("notesHelp")}}

            """.Replace("\r\n", "\n");
    }

    /// <summary>The languages of the guide's site.yml, default first, or null when there is none to read.</summary>
    private static IReadOnlyList<string>? Languages(string inputDir) =>
        Directory.Exists(inputDir) && SiteConfigLoader.Load(inputDir, new DiagnosticBag()) is { } config
            ? [.. config.Languages.Select(l => l.Code)]
            : null;

    private static IEnumerable<string> Folders(string languageRoot) =>
        Directory.Exists(languageRoot) ? Directory.GetDirectories(languageRoot).Select(Path.GetFileName).OfType<string>() : [];

    /// <summary>The front matter of a folder's pages (or of the section pages below it), skipping any that do not parse.</summary>
    private static IEnumerable<FrontMatter> FrontMatters(string folder, bool indexes)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }
        var files = indexes
            ? Directory.GetDirectories(folder).Select(d => Path.Combine(d, "index.md")).Append(Path.Combine(folder, "index.md")).Where(File.Exists)
            : Directory.GetFiles(folder, "*.md").Where(f => Path.GetFileName(f) != "index.md");
        return files.Select(f => ReadQuietly(f, folder) is { } text ? FrontMatterParser.Parse(f, text).Meta : null).OfType<FrontMatter>();
    }

    /// <summary>A neighbour's text, read as the build reads it (never a FIFO or a link out of the folder), or null.</summary>
    private static string? ReadQuietly(string path, string folder) => InputFile.ReadText(path, folder, path, new DiagnosticBag());

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return 1;
    }

    // \z, not $: '$' also matches before a final newline, which would let "slug\n" through.
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*\\z")]
    private static partial Regex Slug();
}
