using Digest.Cli.Help;
using Digest.Core.Diagnostics;
using Digest.Import.Evaluation;
using Digest.Import.Model;
using Digest.Import.Pipeline;

namespace Digest.Cli.Commands;

/// <summary><c>digest eval-import DIR... [--input DIR]</c>: imports every NAME.txt / NAME.html and compares it with NAME.yml.</summary>
public static class EvalImportCommand
{
    public static readonly CommandSpec Spec = new(
        "eval-import",
        "DIR...",
        "measure the importer against gold annotations (NAME.txt or NAME.html + NAME.yml pairs in each DIR): per article and overall titles, dates, experts, people, image.caption, topics, leaks and kept sentences; exit 1 unless the targets are met",
        [new("input", "DIR", "a site folder whose topics.yml and import/ rules the importer uses", "the shipped defaults")],
        ["digest eval-import gold", "digest eval-import ../shared/fixtures/dev ../shared/fixtures/dev2"],
        Run);

    public static int Run(CommandLine cl, TextWriter stdout, TextWriter stderr)
    {
        if (cl.Positionals.Count == 0)
        {
            throw new UsageException(DiagnosticCodes.MissingArgument, "eval-import needs at least one folder of NAME.txt (or NAME.html) + NAME.yml pairs");
        }
        foreach (var f in cl.Positionals)
        {
            if (!Directory.Exists(f))
            {
                throw new UsageException(DiagnosticCodes.NoSuchPath, $"folder '{f}' does not exist");
            }
        }
        var folders = cl.Positionals;
        var folder = string.Join("', '", folders);
        var diagnostics = new DiagnosticBag();
        var importer = ArticleImporter.ForInput(cl.Value("input"), diagnostics);
        var report = ImportEvaluator.Run(folders, importer, diagnostics);
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
