using Digest.Site.Serving;
using Digest.Site.Tests.TestSupport;

namespace Digest.Site.Tests.Serving;

public sealed class LiveSiteTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static FixtureSite Digest() => new FixtureSite()
        .File("site.yml", "title: \"Lagebild\"\nlanguage: de\n")
        .Article("2024-01-01-a", "Erster Artikel", "2024-01-01", "topics: [russland]\nsummary: Eins.")
        .Article("2024-02-01-b", "Zweiter Artikel", "2024-02-01", "topics: [energie]\nsummary: Zwei.");

    [Fact]
    public void A_good_build_is_served_and_reported_with_its_counts()
    {
        using var fixture = Digest();
        using var site = new LiveSite(fixture.Options());
        var reports = new List<RebuildReport>();
        site.SiteRebuilt += reports.Add;

        Assert.False(site.Rebuild());
        Assert.False(site.Rebuild());

        Assert.Equal([1, 2], reports.ConvertAll(r => r.Version));
        Assert.True(reports[0].First);
        Assert.False(reports[1].First);
        Assert.Equal(2, reports[0].Articles);
        Assert.Equal(site.Current.Site!.Pages, reports[0].Pages);
        Assert.True(site.Current.Site.HasPage("articles/erster-artikel/index.html"));
        Assert.Empty(reports[0].Phases);
        Assert.Equal(2, site.Current.Version);
        Assert.False(Directory.Exists(fixture.Output));
    }

    [Fact]
    public void A_failed_build_keeps_the_last_good_version_and_reports_why()
    {
        using var fixture = Digest();
        using var site = new LiveSite(fixture.Options());
        var failures = new List<RebuildFailure>();
        site.SiteRebuildFailed += failures.Add;
        site.Rebuild();
        var good = site.Current.Site;

        fixture.File("articles/2024-03-01-halb.md", "---\ntitle: \"Halb gesp");
        site.Rebuild();

        var failure = Assert.Single(failures);
        Assert.True(failure.StillServing);
        Assert.Null(failure.Problems.Crash);
        var error = Assert.Single(failure.Problems.Errors);
        Assert.EndsWith("2024-03-01-halb.md", error.Path);
        Assert.Equal("DG1103", error.Code.Id);
        Assert.Same(good, site.Current.Site);
        Assert.Equal(1, site.Current.Version);
        Assert.Same(failure.Problems, site.Current.Problems);
    }

    [Fact]
    public void A_site_that_never_built_says_nothing_is_served()
    {
        using var fixture = Digest().File("articles/2024-03-01-halb.md", "---\ntitle: \"Halb gesp");
        using var site = new LiveSite(fixture.Options());
        RebuildFailure? failure = null;
        site.SiteRebuildFailed += f => failure = f;

        site.Rebuild();

        Assert.NotNull(failure);
        Assert.True(failure.First);
        Assert.False(failure.StillServing);
        Assert.Null(site.Current.Site);
    }

    [Fact]
    public void Pages_that_fail_in_the_background_are_reported_for_their_version()
    {
        using var fixture = Digest().File("_theme/layouts/archive.liquid", "<h1>Archiv</h1>{{ 1 | divided_by: 0 }}");
        using var site = new LiveSite(fixture.Options());
        using var reported = new ManualResetEventSlim();
        RenderFailure? failure = null;
        site.PagesFailedToRender += f =>
        {
            failure = f;
            reported.Set();
        };

        site.Rebuild();

        Assert.True(reported.Wait(Patience, TestContext.Current.CancellationToken));
        Assert.Equal(1, failure!.Version);
        Assert.Contains(failure.Problems.Errors, d => d.Path.EndsWith("archive.liquid", StringComparison.Ordinal));
        Assert.Same(failure.Problems, site.Current.Problems);
    }

    [Fact]
    public void Phases_are_timed_only_when_asked_for()
    {
        using var fixture = Digest();
        using var site = new LiveSite(fixture.Options(), timePhases: true);
        RebuildReport? report = null;
        site.SiteRebuilt += r => report = r;

        site.Rebuild();

        Assert.NotNull(report);
        Assert.Contains(report.Phases, p => p.Phase == "site");
    }

    [Fact]
    public void A_body_edit_is_served_first_with_the_pages_the_full_rebuild_then_serves()
    {
        using var fixture = Digest();
        using var site = new LiveSite(fixture.Options());
        site.Rebuild();
        var reports = new List<(RebuildReport Report, LazySite Site)>();
        site.SiteRebuilt += r => reports.Add((r, site.Current.Site!));

        fixture.Article("2024-02-01-b", "Zweiter Artikel", "2024-02-01", "topics: [energie]\nsummary: Zwei.", "## Neu\n\nEin ganz neuer Absatz.");
        Assert.True(site.ShowEdit(Path.Combine(fixture.Input, "articles", "2024-02-01-b.md")));
        Assert.Equal(RebuildOutcome.Served, site.Rebuild(holdFailure: false));

        Assert.Equal(2, reports.Count);
        var (quick, quickSite) = reports[0];
        var (full, fullSite) = reports[1];
        Assert.EndsWith("2024-02-01-b.md", quick.Edited);
        Assert.Null(full.Edited);
        Assert.Equal([2, 3], [quick.Version, full.Version]);
        Assert.Contains("Ein ganz neuer Absatz.", System.Text.Encoding.UTF8.GetString(quickSite.Get("articles/zweiter-artikel/index.html")!));
        foreach (var page in new[] { "articles/zweiter-artikel/index.html", "articles/erster-artikel/index.html", "index.html", "topics/energie/index.html", "search/meta.js", "404.html", "assets/style.css" })
        {
            Assert.True(fullSite.Get(page).AsSpan().SequenceEqual(quickSite.Get(page)), page + " differs between the quick and the full version");
        }
    }

    [Fact]
    public void A_changed_front_matter_or_a_new_file_gets_only_the_full_rebuild()
    {
        using var fixture = Digest();
        using var site = new LiveSite(fixture.Options());
        site.Rebuild();
        var reports = new List<RebuildReport>();
        site.SiteRebuilt += reports.Add;

        fixture.Article("2024-02-01-b", "Zweiter Artikel, neu betitelt", "2024-02-01", "topics: [energie]\nsummary: Zwei.");
        Assert.False(site.ShowEdit(Path.Combine(fixture.Input, "articles", "2024-02-01-b.md")));
        site.Rebuild();
        fixture.Article("2024-03-01-c", "Dritter Artikel", "2024-03-01");
        Assert.False(site.ShowEdit(Path.Combine(fixture.Input, "articles", "2024-03-01-c.md")));
        site.Rebuild();

        Assert.Equal(2, reports.Count);
        Assert.All(reports, r => Assert.Null(r.Edited));
        Assert.Contains("Zweiter Artikel, neu betitelt", System.Text.Encoding.UTF8.GetString(site.Current.Site!.Get("articles/zweiter-artikel-neu-betitelt/index.html")!));
        Assert.True(site.Current.Site.HasPage("articles/dritter-artikel/index.html"));
    }

    [Fact]
    public void A_body_with_a_broken_link_is_not_shown_early_and_its_failure_can_be_held()
    {
        using var fixture = Digest();
        using var site = new LiveSite(fixture.Options());
        site.Rebuild();
        var good = site.Current;
        var reports = new List<RebuildReport>();
        var failures = new List<RebuildFailure>();
        site.SiteRebuilt += reports.Add;
        site.SiteRebuildFailed += failures.Add;
        var changed = Path.Combine(fixture.Input, "articles", "2024-02-01-b.md");

        fixture.Article("2024-02-01-b", "Zweiter Artikel", "2024-02-01", "topics: [energie]\nsummary: Zwei.", "Siehe [dort](gibt-es-nicht.md).");
        Assert.False(site.ShowEdit(changed));
        Assert.Equal(RebuildOutcome.Held, site.Rebuild(holdFailure: true));

        Assert.Empty(reports);
        Assert.Empty(failures);
        Assert.Same(good, site.Current);

        Assert.Equal(RebuildOutcome.Failed, site.Rebuild(holdFailure: false));
        Assert.Empty(reports);
        var failure = Assert.Single(failures);
        Assert.Contains(failure.Problems.Errors, d => d.Message.Contains("gibt-es-nicht.md", StringComparison.Ordinal));
        Assert.Same(good.Site, site.Current.Site);
    }
}
