using Guide.EditBench;

// The editing loop's figures, on a copy of the real guide (the repository's files are never touched):
//   check [runs]        time of 'guide check' after JIT (median, p90)
//   reload [edits] [--pdf]  time from saving a page to the reload event of 'guide serve' (median over the edits)
//   phases [edits] [--pdf]  the same edits, each rebuild called directly: the median of each build phase
var repo = Repo.Find();
switch (args)
{
    case ["check", ..]:
        CheckBenchmark.Run(repo, Count(args, 20));
        return 0;
    case ["reload", ..]:
        await ReloadBenchmark.RunAsync(repo, Count(args, 20), pdf: args.Contains("--pdf"));
        return 0;
    case ["phases", ..]:
        PhaseBenchmark.Run(repo, Count(args, 20), pdf: args.Contains("--pdf"));
        return 0;
    default:
        Console.Error.WriteLine("usage: Guide.EditBench check [runs] | reload [edits] [--pdf] | phases [edits] [--pdf]");
        return 2;
}

static int Count(string[] args, int fallback) => args.Length > 1 && int.TryParse(args[1], out var n) ? n : fallback;
