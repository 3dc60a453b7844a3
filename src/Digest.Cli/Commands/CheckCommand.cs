using Digest.Site.Checking;

namespace Digest.Cli.Commands;

/// <summary><c>digest check</c>: everything a build validates plus authoring checks, without writing the site.</summary>
public static class CheckCommand
{
    private static readonly string[] ValueOptions = ["input", "theme", "format"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var cl = CommandLine.Parse(args, ValueOptions, []);
        if (cl.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{cl.Positionals[0]}'");
        }
        var format = cl.Value("format") ?? "text";
        if (format is not ("text" or "json"))
        {
            throw new UsageException($"--format must be text or json, not '{format}'");
        }
        var options = BuildCommand.Options(cl);
        var result = BuildProgress.Run("checking", () => SiteChecker.Check(options), stderr);
        if (result.Refusal is not null)
        {
            stderr.WriteLine($"digest: {result.Refusal}");
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
