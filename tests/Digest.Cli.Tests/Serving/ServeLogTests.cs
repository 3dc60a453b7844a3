using System.Globalization;
using Digest.Cli.Serving;
using Digest.Core.Diagnostics;
using Digest.Site.Serving;

namespace Digest.Cli.Tests.Serving;

public sealed class ServeLogTests
{
    private static readonly Diagnostic Warning = Diagnostic.Warning("input/articles/a.md", 3, 7, "topic 'nordkorae' is not in topics.yml", DiagnosticCodes.UnknownTopic);

    private static RebuildReport Report(bool first, params (string, TimeSpan)[] phases) =>
        new(Version: first ? 1 : 2, First: first, Articles: 12, Pages: 40, Duration: TimeSpan.FromMilliseconds(1250), Warnings: [Warning], Phases: phases);

    [Fact]
    public void The_first_build_lists_its_warnings_before_its_summary()
    {
        var lines = InvariantCulture(() => new ServeLog(TextWriter.Null).Lines(Report(first: true)));

        Assert.Equal([Warning.ToString(), "built 12 articles in 1.25 s, 1 warning(s)"], lines);
    }

    [Fact]
    public void A_rebuild_counts_its_warnings_without_repeating_them()
    {
        var lines = InvariantCulture(() => new ServeLog(TextWriter.Null).Lines(Report(first: false)));

        Assert.Equal(["rebuilt 12 articles in 1.25 s, 1 warning(s)"], lines);
    }

    [Fact]
    public void Timings_add_each_phase_to_the_summary_only_when_asked_for()
    {
        var phases = new[] { ("load", TimeSpan.FromMilliseconds(30)), ("site", TimeSpan.FromMilliseconds(4)) };

        var timed = InvariantCulture(() => new ServeLog(TextWriter.Null, timings: true).Lines(Report(false, phases)));
        var plain = InvariantCulture(() => new ServeLog(TextWriter.Null).Lines(Report(false, phases)));

        Assert.Equal(["rebuilt 12 articles in 1.25 s, 1 warning(s) (load 30 ms, site 4 ms)"], timed);
        Assert.Equal(["rebuilt 12 articles in 1.25 s, 1 warning(s)"], plain);
    }

    [Fact]
    public void An_edit_shown_ahead_of_the_rebuild_names_the_article_in_milliseconds()
    {
        var report = Report(false) with { Warnings = [], Duration = TimeSpan.FromMilliseconds(6.4), Edited = "input/articles/a.md" };

        var lines = InvariantCulture(() => new ServeLog(TextWriter.Null).Lines(report));

        Assert.Equal(["updated input/articles/a.md in 6 ms"], lines);
    }

    [Fact]
    public void A_failed_build_lists_its_problems_and_says_what_is_served()
    {
        var problem = Diagnostic.Error("input/articles/b.md", 1, 1, "front matter is not closed", DiagnosticCodes.UnclosedFrontMatter);

        var serving = ServeLog.Lines(new RebuildFailure(false, TimeSpan.Zero, new SiteProblems([problem]), StillServing: true));
        var nothing = ServeLog.Lines(new RebuildFailure(true, TimeSpan.Zero, new SiteProblems([problem]), StillServing: false));

        Assert.Equal(["input/articles/b.md:1:1: error DG1103: front matter is not closed", "build failed; still serving the last good version"], serving);
        Assert.Equal(["input/articles/b.md:1:1: error DG1103: front matter is not closed", "build failed; fix the problems above and save again"], nothing);
    }

    [Fact]
    public void A_build_stopped_by_an_exception_is_worded_here_with_its_cause()
    {
        // Parallel loading wraps the file error; the line names the cause, not the wrapper.
        var crash = new AggregateException(new IOException("the file 'input/articles/a.md' is locked"));

        var lines = ServeLog.Lines(new RebuildFailure(false, TimeSpan.Zero, new SiteProblems([], crash), StillServing: true));

        Assert.Equal(["build failed: the file 'input/articles/a.md' is locked", "build failed; still serving the last good version"], lines);
    }

    [Fact]
    public void The_problems_page_shows_the_same_lines_as_the_terminal()
    {
        var problems = new SiteProblems([Diagnostic.Error("input/articles/<b>.md", 2, 3, "broken", DiagnosticCodes.YamlSyntax)], new IOException("gone"));

        var page = BuiltInPages.Problems(problems);

        Assert.Contains("build failed: gone\ninput/articles/&lt;b&gt;.md:2:3: error DG1001: broken\n", page);
    }

    [Fact]
    public void Following_a_live_site_writes_a_line_for_each_build()
    {
        using var site = new TempSite();
        site.Write("articles/2024-05-01-a.md", "---\ntitle: \"Ein Artikel\"\ndate: 2024-05-01\nsummary: \"Kurz.\"\n---\nText.\n");
        var text = new StringWriter();
        using var live = new LiveSite(ServeSites.Options(site));
        new ServeLog(text).Follow(live);

        live.Rebuild();
        site.Write("articles/2024-05-02-b.md", "---\ntitle: \"Halb");
        live.Rebuild();

        var lines = text.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("built 1 articles in ", lines[0]);
        Assert.Contains(lines, l => l.Contains("2024-05-02-b.md", StringComparison.Ordinal));
        Assert.Equal("build failed; still serving the last good version", lines[^1]);
    }

    private static T InvariantCulture<T>(Func<T> run)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return run();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
