using Digest.Site.Serving;

namespace Digest.Cli.Serving;

/// <summary>
/// The terminal lines of <c>digest serve</c>: one line per build (and its warnings after the first), the problems of a
/// failed build or page, and the server's start and stop. Lines from the rebuild and the background rendering may
/// arrive at once, so each is written whole. The same problem lines are shown in the page overlay and the problems page.
/// </summary>
public sealed class ServeLog(TextWriter writer, bool timings = false)
{
    private readonly Lock _lock = new();

    /// <summary>Whether each build's line lists the time of its phases (<c>--timings</c>).</summary>
    public bool Timings { get; } = timings;

    /// <summary>Writes this log's lines for every outcome <paramref name="site"/> reports.</summary>
    public void Follow(LiveSite site)
    {
        site.SiteRebuilt += report => Write(Lines(report));
        site.SiteRebuildFailed += failure => Write(Lines(failure));
        site.PagesFailedToRender += failure => Write(ProblemLines(failure.Problems));
    }

    public void Serving(Uri address) => Write([$"serving {address} (watching for changes; Ctrl+C to stop)"]);

    public void Stopping() => Write(["stopping"]);

    /// <summary>The warnings of the first build (later builds only count them), then the build's summary line.</summary>
    public List<string> Lines(RebuildReport report)
    {
        var lines = new List<string>();
        if (report.First)
        {
            foreach (var warning in report.Warnings)
            {
                lines.Add(warning.ToString());
            }
        }
        // Numbers in the terminal's culture, like the line of `digest build`. An edit shown ahead of the full rebuild
        // takes milliseconds; the rebuild's own line follows.
        // A version served ahead of the first full build says so; the build's own line follows with its warnings.
        var summary = report.Edited is { } edited
            ? $"updated {edited} in {report.Duration.TotalMilliseconds:F0} ms"
            : report.Early
                ? $"ready in {report.Duration.TotalSeconds:F2} s: {report.Articles} articles from their front matter, each body rendered when a page needs it; the full build follows"
                : $"{(report.First ? "built" : "rebuilt")} {report.Articles} articles in {report.Duration.TotalSeconds:F2} s";
        if (report.Warnings.Count > 0)
        {
            summary += $", {report.Warnings.Count} warning(s)";
        }
        if (Timings && report.Phases.Count > 0)
        {
            var parts = new List<string>(report.Phases.Count);
            foreach (var (phase, time) in report.Phases)
            {
                parts.Add($"{phase} {time.TotalMilliseconds:F0} ms");
            }
            summary += " (" + string.Join(", ", parts) + ")";
        }
        lines.Add(summary);
        return lines;
    }

    /// <summary>
    /// One line per problem: each error in its <c>path:line:col: error DG1234: message</c> form, or for a build stopped
    /// by an exception (a file locked or removed mid-save) its message after <c>build failed:</c>.
    /// </summary>
    public static List<string> ProblemLines(SiteProblems problems)
    {
        var lines = new List<string>(problems.Errors.Count + 1);
        if (problems.Crash is { } crash)
        {
            // Parallel loading wraps what went wrong; the inner exception is what the user can act on.
            var cause = crash is AggregateException { InnerException: { } inner } ? inner : crash;
            lines.Add($"build failed: {cause.Message}");
        }
        foreach (var error in problems.Errors)
        {
            lines.Add(error.ToString());
        }
        return lines;
    }

    /// <summary>The problems, then what is served meanwhile.</summary>
    public static List<string> Lines(RebuildFailure failure)
    {
        var lines = ProblemLines(failure.Problems);
        lines.Add(failure.StillServing
            ? "build failed; still serving the last good version"
            : "build failed; fix the problems above and save again");
        return lines;
    }

    private void Write(IReadOnlyList<string> lines)
    {
        lock (_lock)
        {
            foreach (var line in lines)
            {
                writer.WriteLine(line);
            }
            writer.Flush();
        }
    }
}
