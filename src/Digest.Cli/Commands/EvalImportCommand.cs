using Digest.Cli.Help;
using Digest.Core.Diagnostics;
using Digest.Import.Evaluation;
using Digest.Import.Model;
using Digest.Import.Pipeline;

namespace Digest.Cli.Commands;

/// <summary><c>digest eval-import DIR [--input DIR]</c>: imports every NAME.txt and compares it with NAME.yml.</summary>
public static class EvalImportCommand
{
    public static readonly CommandSpec Spec = new(
        "eval-import",
        "DIR",
        "measure the importer against gold annotations (NAME.txt + NAME.yml pairs in DIR)",
        [new("input", "DIR", "a site folder whose topics.yml and import/ rules the importer uses", "the shipped defaults")],
        ["digest eval-import gold"],
        Run);

    public static int Run(CommandLine cl, TextWriter stdout, TextWriter stderr)
    {
        if (cl.Positionals.Count != 1)
        {
            throw new UsageException(DiagnosticCodes.MissingArgument, "eval-import needs exactly one folder of NAME.txt + NAME.yml pairs");
        }
        var folder = cl.Positionals[0];
        if (!Directory.Exists(folder))
        {
            throw new UsageException(DiagnosticCodes.NoSuchPath, $"folder '{folder}' does not exist");
        }
        var diagnostics = new DiagnosticBag();
        var importer = ArticleImporter.ForInput(cl.Value("input"), diagnostics);
        var report = ImportEvaluator.Run(folder, importer, diagnostics);
        foreach (var d in diagnostics.Sorted())
        {
            stderr.WriteLine(d.ToString());
        }
        stdout.Write(report.Format());
        if (report.Articles.Count == 0)
        {
            stderr.WriteLine(Diagnostic.Refusal(DiagnosticCodes.NothingToImport, $"no NAME.txt + NAME.yml pairs in '{folder}'").ToString());
            return ExitCodes.ContentError;
        }
        return diagnostics.HasErrors || !report.MeetsTargets ? ExitCodes.ContentError : ExitCodes.Ok;
    }
}
