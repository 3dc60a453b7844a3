using Digest.Site.Caching;

namespace Digest.Site.Tests.Caching;

/// <summary><c>digest serve</c> keeps the build cache in memory between rebuilds and writes it to disk off the rebuild's path.</summary>
public sealed class LiveBuildCacheTests
{
    private static CachedSite TwoArticles()
    {
        var s = new CachedSite();
        s.Site.Article("2024-01-01-a", "Erster Bericht", "2024-01-01", "topics: [ukraine]\n", "## Lage\n\nText.");
        s.Site.Article("2024-01-02-b", "Zweiter Bericht", "2024-01-02", "topics: [ukraine]\n", "Mehr Text.");
        return s;
    }

    private static PreparedSite Serve(CachedSite s, LiveBuildCache live) => SiteBuilder.Prepare(s.Options() with { DryRun = true }, live).Site!;

    [Fact]
    public void A_rebuild_continues_from_memory_without_reading_the_cache_file()
    {
        using var s = TwoArticles();
        Assert.True(s.Build().Success);
        using var live = new LiveBuildCache(TimeSpan.FromHours(1));
        Assert.Equal(2, Serve(s, live).Caches.ArticleCache!.Hits);

        // A build that read the file now would set it aside as damaged and parse every article again.
        File.WriteAllText(s.CacheFile, "damaged");
        var again = Serve(s, live);

        Assert.True(again.Ready);
        Assert.Equal(2, again.Caches.ArticleCache!.Hits);
        Assert.Equal(0, again.Caches.ArticleCache!.Misses);
        Assert.Null(again.Caches.ArticleCache!.IgnoredBecause);
    }

    [Fact]
    public void An_edit_between_rebuilds_is_parsed_again()
    {
        using var s = TwoArticles();
        using var live = new LiveBuildCache(TimeSpan.FromHours(1));
        Serve(s, live);
        s.Site.Article("2024-01-02-b", "Zweiter Bericht, korrigiert", "2024-01-02", "topics: [ukraine]\n", "Geänderter Text.");

        var again = Serve(s, live);

        Assert.Equal(1, again.Caches.ArticleCache!.Hits);
        Assert.Equal(1, again.Caches.ArticleCache!.Misses);
        var edited = again.Index!.Articles.ToList().FindIndex(a => a.Article.Title == "Zweiter Bericht, korrigiert");
        Assert.True(edited >= 0);
        Assert.Contains("Geänderter Text.", again.Bodies[edited]!.Html);
    }

    [Fact]
    public void Changes_of_earlier_rebuilds_reach_the_file_even_when_the_last_rebuild_changed_nothing()
    {
        using var s = TwoArticles();
        using (var live = new LiveBuildCache(TimeSpan.FromHours(1)))
        {
            Serve(s, live);
            s.Site.Article("2024-01-02-b", "Zweiter Bericht", "2024-01-02", "topics: [ukraine]\n", "Geänderter Text.");
            Serve(s, live);
            Serve(s, live);
            Assert.Empty(Directory.GetFiles(s.CacheDir));
        }

        var build = SiteBuilder.Prepare(s.Options() with { DryRun = true }).Site!;

        Assert.Equal(2, build.Caches.ArticleCache!.Hits);
        Assert.Equal(0, build.Caches.ArticleCache!.Misses);
    }

    [Fact]
    public void After_the_quiet_time_the_cache_is_written_while_serving_goes_on()
    {
        using var s = TwoArticles();
        using var live = new LiveBuildCache(TimeSpan.FromMilliseconds(20));
        Serve(s, live);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (Directory.GetFiles(s.CacheDir, "*.digest-cache").Length == 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        Assert.Single(Directory.GetFiles(s.CacheDir, "*.digest-cache"));
        Assert.Null(live.LastProblem);
    }

    [Fact]
    public void A_settings_change_does_not_continue_from_memory()
    {
        using var s = TwoArticles();
        using var live = new LiveBuildCache(TimeSpan.FromHours(1));
        Assert.Equal(2, Serve(s, live).Caches.ArticleCache!.Misses);
        s.Site.File("site.yml", "title: Neuer Titel\n");

        var again = Serve(s, live);

        // Parsed results may depend on the settings, so none of the remembered ones is reused.
        Assert.Equal(0, again.Caches.ArticleCache!.Hits);
        Assert.Equal(2, again.Caches.ArticleCache!.Misses);
        Assert.Equal("Neuer Titel", again.Index!.Settings.Title);
    }
}
