using System.CommandLine;
using Guide.Cli;

var root = new RootCommand("Builds the Review Conversation Guide: a bilingual static site with fillable PDF worksheets.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    NewCommand.Create(),
    ServeCommand.Create(),
};
return root.Parse(args).Invoke();
