using System.CommandLine;
using Guide.Cli;

// A failure on a thread of its own (a file watcher, a timer) would otherwise end the process with a stack trace.
AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    UnexpectedFailure.Report((Exception)e.ExceptionObject, Console.Error);
    Environment.Exit(UnexpectedFailure.ExitCode);
};

var root = new RootCommand("Builds the Review Conversation Guide: a bilingual static site with fillable PDF worksheets.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    NewCommand.Create(),
    ServeCommand.Create(),
};
try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    return UnexpectedFailure.Report(e, Console.Error);
}
