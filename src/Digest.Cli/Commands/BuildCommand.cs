using Digest.Cli.Help;
using Digest.Core.Diagnostics;
using Digest.Site;

namespace Digest.Cli.Commands;

/// <summary><c>digest build</c>: input/ + theme/ → output/.</summary>
public static class BuildCommand
{
    /// <summary>Options shared by every command that reads a site folder.</summary>
    public static readonly OptionSpec Input = new("input", "DIR", "the site folder (site.yml, topics.yml, experts.yml, articles/)", "input");

    public static readonly OptionSpec Theme = new("theme", "DIR", "a folder of theme files that override the bundled theme, file by file");

    public static readonly OptionSpec Drafts = OptionSpec.Flag("drafts", "include articles marked draft: true");

    public static readonly OptionSpec Future = OptionSpec.Flag("future", "include articles dated in the future");

    public static readonly OptionSpec Timings = OptionSpec.Flag("timings", "print wall and CPU time per build phase and what came from the cache");

    public static readonly CommandSpec Spec = new(
        "build",
        string.Empty,
        "build the site from the input folder into the output folder",
        [
            Input,
            new("output", "DIR", "where the site is written", "output"),
            Theme,
            Drafts,
            Future,
            new("base-url", "URL", "absolute address of the published site, for feeds, sitemap and canonical links", "base_url in site.yml"),
            new("cache", "DIR", "where the build cache is kept", ".digest-cache beside the input folder"),
            OptionSpec.Flag("no-cache", "neither read nor write the build cache"),
            Timings,
        ],
        ["digest build", "digest build --input my-site --output public --base-url https://example.org/digest/"],
        Run);

    public static int Run(CommandLine cl, TextWriter stdout, TextWriter stderr)
    {
        cl.NoPositionals();
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
            stderr.WriteLine(result.Refusal.ToString());
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
            var warning = new Diagnostic(string.Empty, 0, 0, Severity.Warning, $"the build cache could not be saved ({problem}); the next build will be slower", DiagnosticCodes.CacheNotSaved);
            stderr.WriteLine(warning.ToString());
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
