using Digest.Core.Diagnostics;
using Digest.Import.Pipeline;

namespace Digest.Cli.Commands;

/// <summary><c>digest import PATH... [--into DIR] [--input DIR] [--dry-run] [--force]</c>.</summary>
public static class ImportCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var cl = CommandLine.Parse(args, ["into", "input"], ["dry-run", "force"]);
        if (cl.Positionals.Count == 0)
        {
            throw new UsageException("import needs at least one PATH (a .txt or .html file, or a folder of them)");
        }
        var missing = new List<string>();
        var skipped = new List<string>();
        var sources = ImportRun.ExpandSources(cl.Positionals, missing, skipped);
        foreach (var s in skipped)
        {
            stderr.WriteLine("skipped " + s);
        }
        if (missing.Count > 0)
        {
            throw new UsageException($"no such file or folder: {string.Join(", ", missing)}");
        }
        if (sources.Count == 0)
        {
            throw new UsageException("no .txt, .html or .htm files found in the given folders");
        }
        var options = new ImportOptions
        {
            InputDir = cl.Value("input") ?? "input",
            IntoDir = cl.Value("into"),
            DryRun = cl.Has("dry-run"),
            Force = cl.Has("force"),
        };
        var diagnostics = new DiagnosticBag();
        var importer = ArticleImporter.ForInput(options.InputDir, diagnostics);
        var outcomes = new ImportRun(importer, options).Run(sources, diagnostics);
        var refused = 0;
        foreach (var o in outcomes)
        {
            if (options.DryRun && o.Markdown is not null)
            {
                stdout.WriteLine($"# {o.Target} <- {o.Source}");
                stdout.Write(o.Markdown);
                stdout.WriteLine();
            }
            (o.Status == ImportStatus.Refused ? stderr : stdout).WriteLine(options.DryRun ? "dry run, nothing written: " + o.Line : o.Line);
            if (o.Status == ImportStatus.Refused)
            {
                refused++;
            }
        }
        foreach (var d in diagnostics.Sorted())
        {
            stderr.WriteLine(d.ToString());
        }
        return refused > 0 || diagnostics.HasErrors ? ExitCodes.ContentError : ExitCodes.Ok;
    }
}
