using Digest.Site;

namespace Digest.Cli.Commands;

/// <summary><c>digest build</c>: input/ + theme/ → output/.</summary>
public static class BuildCommand
{
    private static readonly string[] ValueOptions = ["input", "output", "theme", "base-url", "cache"];
    private static readonly string[] Flags = ["drafts", "future", "no-cache", "timings"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var cl = CommandLine.Parse(args, ValueOptions, Flags);
        if (cl.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{cl.Positionals[0]}'");
        }
        var options = Options(cl);
        var result = BuildProgress.Run("building", () => SiteBuilder.Build(options), stderr);
        return Report(result, cl.Has("timings"), stdout, stderr);
    }

    /// <summary>Build options from the shared <c>--input/--output/--theme/--drafts/--future/--base-url</c> options.</summary>
    public static BuildOptions Options(CommandLine cl) => new()
    {
        InputDir = Path.GetFullPath(cl.Value("input") ?? "input"),
        OutputDir = Path.GetFullPath(cl.Value("output") ?? "output"),
        ThemeDir = cl.Value("theme") is { } theme ? Path.GetFullPath(theme) : null,
        DefaultThemeDir = DefaultTheme.Locate(),
        IncludeDrafts = cl.Has("drafts"),
        IncludeFuture = cl.Has("future"),
        BaseUrl = cl.Value("base-url"),
        UseCache = !cl.Has("no-cache"),
        CacheDir = cl.Value("cache") is { } cache ? Path.GetFullPath(cache) : null,
    };

    /// <summary>Prints diagnostics to stderr and one summary line to stdout; returns the exit code.</summary>
    public static int Report(BuildResult result, bool timings, TextWriter stdout, TextWriter stderr)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }
        if (result.Refusal is not null)
        {
            stderr.WriteLine($"digest: {result.Refusal}");
            return ExitCodes.UsageError;
        }
        var errors = 0;
        var warnings = 0;
        foreach (var d in result.Diagnostics)
        {
            if (d.IsError)
            {
                errors++;
            }
            else
            {
                warnings++;
            }
        }
        if (timings)
        {
            for (var i = 0; i < result.Timings.Count; i++)
            {
                var (phase, time) = result.Timings[i];
                var cpu = i < result.CpuTimings.Count ? $"  (cpu {result.CpuTimings[i].Time.TotalMilliseconds,6:F0} ms)" : string.Empty;
                stderr.WriteLine($"  {phase,-10} {time.TotalMilliseconds,8:F0} ms{cpu}");
            }
            if (result.Cache is { } cache)
            {
                stderr.WriteLine($"  cache: {cache.Reused} articles reused, {cache.Parsed} parsed ({cache.File})");
                stderr.WriteLine($"  cache: {cache.PagesReused} pages reused, {cache.PagesRendered} rendered");
                if (cache.IgnoredBecause is not null)
                {
                    stderr.WriteLine($"  cache: the previous cache was not used: {cache.IgnoredBecause}");
                }
            }
        }
        if (result.Cache?.SaveProblem is { } problem)
        {
            stderr.WriteLine($"digest: note: the build cache could not be saved ({problem}); the next build will be slower");
        }
        if (!result.Success)
        {
            stderr.WriteLine($"build failed: {errors} error(s), {warnings} warning(s); output/ was left unchanged");
            return ExitCodes.ContentError;
        }
        stdout.WriteLine(
            $"built {result.Articles} articles: {result.Written} files written, {result.Unchanged} unchanged, {result.Removed} removed" +
            $"{(warnings > 0 ? $", {warnings} warning(s)" : string.Empty)} in {result.Elapsed.TotalSeconds:F2} s");
        return ExitCodes.Ok;
    }
}
