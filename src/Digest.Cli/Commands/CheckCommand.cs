using Digest.Cli.Help;
using Digest.Core.Diagnostics;
using Digest.Site.Checking;

namespace Digest.Cli.Commands;

/// <summary><c>digest check</c>: everything a build validates plus authoring checks, without writing the site.</summary>
public static class CheckCommand
{
    public static readonly CommandSpec Spec = new(
        "check",
        string.Empty,
        "validate everything a build would, and more, without writing anything",
        [
            BuildCommand.Input,
            BuildCommand.Theme,
            new("format", "text|json", "how problems are printed", "text"),
        ],
        ["digest check", "digest check --input my-site --format json"],
        Run)
    {
        Notes = ["", "Finds unknown topics (with \"did you mean\"), one expert spelled two ways, images without alt text,", "empty summaries and broken links."],
    };

    public static int Run(CommandLine cl, TextWriter stdout, TextWriter stderr)
    {
        cl.NoPositionals();
        var format = cl.Value("format") ?? "text";
        if (format is not ("text" or "json"))
        {
            throw new UsageException(DiagnosticCodes.InvalidValue, $"--format must be text or json, not '{format}'");
        }
        var options = BuildCommand.Options(cl);
        var result = BuildProgress.Run("checking", () => SiteChecker.Check(options), stderr);
        if (result.Refusal is not null)
        {
            stderr.WriteLine(result.Refusal.ToString());
            if (format == "json")
            {
                // Tools reading stdout see why nothing was checked, in the same shape as any other problem.
                stdout.WriteLine(DiagnosticJson.Write([result.Refusal]));
            }
            return ExitCodes.UsageError;
        }
        if (format == "json")
        {
            stdout.WriteLine(DiagnosticJson.Write(result.Diagnostics));
        }
        else
        {
            var errors = 0;
            foreach (var d in result.Diagnostics)
            {
                stdout.WriteLine(d.ToString());
                errors += d.IsError ? 1 : 0;
            }
            stderr.WriteLine($"checked {result.Articles} articles: {errors} error(s), {result.Diagnostics.Count - errors} warning(s)");
        }
        return result.HasErrors ? ExitCodes.ContentError : ExitCodes.Ok;
    }
}
