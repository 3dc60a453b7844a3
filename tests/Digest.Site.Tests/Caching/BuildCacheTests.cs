using Digest.Site.Caching;
using Digest.TestSupport;

namespace Digest.Site.Tests.Caching;

public sealed class BuildCacheTests
{
    private static CachedSite ThreeArticles()
    {
        var s = new CachedSite();
        s.Site.Article("2024-01-01-a", "Erster Bericht", "2024-01-01", "topics: [ukraine]\n", "## Lage\n\nText mit [Quelle](https://example.org/a).");
        s.Site.Article("2024-01-02-b", "Zweiter Bericht", "2024-01-02", "topics: [ukraine]\n", "## Einordnung\n\nMehr Text.");
        s.Site.Article("2024-01-03-c", "Dritter Bericht", "2024-01-03", "", "Siehe [den ersten](2024-01-01-a.md#lage).");
        return s;
    }

    /// <summary>The output folder as it stands: path → text, the manifest left out.</summary>
    private static SortedDictionary<string, string> Files(CachedSite s)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(s.Site.Output, "*", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(s.Site.Output, file).Replace('\\', '/');
            if (path != Digest.Site.Output.OutputFolder.ManifestName)
            {
                files[path] = File.ReadAllText(file);
            }
        }
        return files;
    }

    [Fact]
    public void Second_build_reuses_every_article_and_writes_the_same_site()
    {
        using var s = ThreeArticles();
        s.Build(useCache: false);
        var uncached = Files(s);
        var first = s.Build();
        var second = s.Build();

        Assert.True(second.Success);
        Assert.Equal(0, first.Cache!.Reused);
        Assert.Equal(3, first.Cache.Parsed);
        Assert.Equal(3, second.Cache!.Reused);
        Assert.Equal(0, second.Cache.Parsed);
        Assert.Equal(uncached, Files(s));
    }

    private static void AgeArticles(CachedSite s, TimeSpan by)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(s.Site.Input, "articles")))
        {
            File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file) - by);
        }
    }

    [Fact]
    public void An_edit_that_keeps_the_file_length_is_noticed_by_its_new_time()
    {
        using var s = ThreeArticles();
        AgeArticles(s, TimeSpan.FromHours(1));
        s.Build();
        var file = Path.Combine(s.Site.Input, "articles", "2024-01-02-b.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("Mehr Text.", "Neuer Txt.", StringComparison.Ordinal));

        var result = s.Build();

        Assert.Equal(2, result.Cache!.Reused);
        Assert.Contains("Neuer Txt.", s.Site.ReadOutput("articles/zweiter-bericht/index.html"));
    }

    [Fact]
    public void A_file_written_just_before_a_build_is_read_again_even_if_its_time_looks_unchanged()
    {
        using var s = ThreeArticles();
        var file = Path.Combine(s.Site.Input, "articles", "2024-01-02-b.md");
        s.Build();
        // A second edit within the file system's time resolution: same length, same time as the build saw.
        var time = File.GetLastWriteTimeUtc(file);
        File.WriteAllText(file, File.ReadAllText(file).Replace("Mehr Text.", "Neuer Txt.", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, time);

        var result = s.Build();

        Assert.Contains("Neuer Txt.", s.Site.ReadOutput("articles/zweiter-bericht/index.html"));
        Assert.Equal(1, result.Cache!.Parsed);
    }

    [Fact]
    public void A_settled_file_with_unchanged_length_and_time_is_not_read_again()
    {
        using var s = ThreeArticles();
        AgeArticles(s, TimeSpan.FromHours(1));
        s.Build();
        // Replaced behind the cache's back, keeping length and time: only a build that reads the file would see it.
        // This is the contract that lets a rebuild skip reading unchanged files (as make and git do); editors and
        // checkouts always give a file a new time.
        var file = Path.Combine(s.Site.Input, "articles", "2024-01-02-b.md");
        var time = File.GetLastWriteTimeUtc(file);
        File.WriteAllText(file, File.ReadAllText(file).Replace("Mehr Text.", "Neuer Txt.", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, time);

        var result = s.Build();

        Assert.Equal(3, result.Cache!.Reused);
        Assert.Contains("Mehr Text.", s.Site.ReadOutput("articles/zweiter-bericht/index.html"));
    }

    [Fact]
    public void A_touched_file_with_the_same_content_is_still_taken_from_the_cache()
    {
        using var s = ThreeArticles();
        AgeArticles(s, TimeSpan.FromHours(2));
        s.Build();
        AgeArticles(s, TimeSpan.FromHours(-1));

        var touched = s.Build();
        var again = s.Build();

        Assert.Equal(3, touched.Cache!.Reused);
        Assert.Equal(3, again.Cache!.Reused);
        Assert.Equal(0, again.Cache.Parsed);
    }

    [Fact]
    public void Serve_keeps_the_cache_though_it_writes_no_output_and_check_writes_neither()
    {
        using var s = ThreeArticles();
        var check = SiteBuilder.Prepare(s.Options() with { DryRun = true }).Site!;
        Assert.True(check.Ready);
        Assert.Empty(Directory.GetFiles(s.CacheDir));

        using (var live = new LiveBuildCache(TimeSpan.FromHours(1)))
        {
            var serve = s.Options() with { DryRun = true };
            SiteBuilder.Prepare(serve, live);
            var again = SiteBuilder.Prepare(serve, live).Site!;
            Assert.Equal(3, again.Caches.ArticleCache!.Hits);
            // Kept in memory: not yet written (the quiet time has not passed).
            Assert.Empty(Directory.GetFiles(s.CacheDir));
        }

        // Written when the live cache is done with (serve stops), so the next build reuses every article.
        var build = SiteBuilder.Prepare(s.Options() with { DryRun = true }).Site!;
        Assert.Equal(3, build.Caches.ArticleCache!.Hits);
        Assert.False(Directory.Exists(s.Site.Output));
    }

    [Fact]
    public void Cached_html_is_read_from_the_file_only_when_asked_for_and_checked_when_it_is()
    {
        using var s = ThreeArticles();
        s.Build();
        var prepared = SiteBuilder.Prepare(s.Options() with { DryRun = true }).Site!;
        Assert.Equal(3, prepared.Caches.ArticleCache!.Hits);

        // Changed in place after the build opened it (as no Digest save ever does): a body read now comes from the
        // changed file, so it was not read at the start, and the change is caught instead of shown.
        var bytes = File.ReadAllBytes(s.BodiesFile);
        var at = bytes.AsSpan().IndexOf("Mehr Text."u8);
        Assert.True(at > 0);
        Assert.True(File.ReadAllBytes(s.CacheFile).AsSpan().IndexOf("Mehr Text."u8) < 0, "the HTML is in the bodies file only");
        using (var file = new FileStream(s.BodiesFile, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            file.Position = at + 6;
            file.Write("s"u8);
        }
        var index = prepared.Index!.Articles.ToList();
        var changed = index.FindIndex(a => a.Article.Title == "Zweiter Bericht");
        var untouched = index.FindIndex(a => a.Article.Title == "Erster Bericht");

        var error = Assert.Throws<IOException>(() => prepared.Bodies[changed]!.Html);
        Assert.Contains("changed while the site was being built", error.Message);
        Assert.Contains("Text mit", prepared.Bodies[untouched]!.Html);

        // The damaged bodies file was set aside: the next build renders every body again, as a build without a cache does.
        s.ForgetLastBuild();
        var next = s.Build();
        Assert.True(next.Success);
        Assert.Equal(0, next.Cache!.Reused);
        Assert.Contains("bodies file", next.Cache.IgnoredBecause);
        s.AssertSameAsUncachedBuild();
    }

    [Fact]
    public void Changed_article_is_parsed_again_and_its_page_shows_the_change()
    {
        using var s = ThreeArticles();
        s.Build();
        s.Site.Article("2024-01-02-b", "Zweiter Bericht", "2024-01-02", "topics: [ukraine]\n", "## Einordnung\n\nGeänderter Absatz.");

        var result = s.Build();

        Assert.Equal(2, result.Cache!.Reused);
        Assert.Equal(1, result.Cache.Parsed);
        Assert.Contains("Geänderter Absatz.", s.Site.ReadOutput("articles/zweiter-bericht/index.html"));
        Assert.DoesNotContain("Mehr Text.", s.Site.ReadOutput("articles/zweiter-bericht/index.html"));
    }

    [Fact]
    public void Cache_saved_after_a_change_is_reused_whole_by_the_next_build()
    {
        using var s = ThreeArticles();
        s.Build(useCache: false);
        var uncached = Files(s);
        s.Build();
        s.Site.Article("2024-01-02-b", "Zweiter Bericht", "2024-01-02", "topics: [ukraine]\n", "## Einordnung\n\nGeänderter Absatz.");
        var changed = s.Build();
        s.Site.Article("2024-01-02-b", "Zweiter Bericht", "2024-01-02", "topics: [ukraine]\n", "## Einordnung\n\nMehr Text.");
        s.Build();

        var third = s.Build();

        Assert.Equal(1, changed.Cache!.Parsed);
        Assert.Null(third.Cache!.IgnoredBecause);
        Assert.Equal(3, third.Cache.Reused);
        Assert.Equal(0, third.Cache.Parsed);
        Assert.Equal(uncached, Files(s));
    }

    [Fact]
    public void Reused_article_keeps_its_whole_body()
    {
        using var s = new CachedSite();
        s.Site.Article("2024-01-01-a", "Bericht", "2024-01-01", "", "Umlaute äöü „zitiert“ 🙂 und mehr.\n\nZweiter Absatz.");
        var first = s.Build();
        // Nothing changed, so without this the next build would have nothing to load.
        s.ForgetLastBuild();

        var second = s.Build();

        Assert.Equal(1, second.Cache!.Reused);
        // Its body is read from the file only when asked for, and then whole.
        var body = second.Content!.Bodies.Of(second.Content.Articles[0]);
        Assert.Equal(first.Content!.Bodies.Of(first.Content.Articles[0]), body);
        Assert.Contains("äöü „zitiert“ 🙂 und mehr.\n\nZweiter Absatz.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_to_another_article_is_checked_again_when_that_article_changes()
    {
        using var s = ThreeArticles();
        Assert.True(s.Build().Success);
        // c is unchanged, but the heading its link points at is gone now.
        s.Site.Article("2024-01-01-a", "Erster Bericht", "2024-01-01", "topics: [ukraine]\n", "## Anderes\n\nText.");

        var result = s.Build();

        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Path.EndsWith("2024-01-03-c.md", StringComparison.Ordinal) && d.Message.Contains("#lage", StringComparison.Ordinal));
    }

    [Fact]
    public void Warnings_of_a_reused_article_are_reported_again()
    {
        using var s = new CachedSite();
        s.Site.Article("2024-01-01-a", "Bericht", "2024-01-01", "", "Ein [Link](javascript:alert(1)).");
        var first = s.Build();
        var second = s.Build();

        Assert.NotEmpty(first.Diagnostics);
        Assert.Equal(1, second.Cache!.Reused);
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Changed_settings_set_the_cache_aside()
    {
        using var s = ThreeArticles();
        s.Build();
        s.Site.File("site.yml", "title: Anderer Titel\n");

        var result = s.Build();

        Assert.Equal(0, result.Cache!.Reused);
        Assert.NotNull(result.Cache.IgnoredBecause);
        Assert.Contains("Anderer Titel", s.Site.ReadOutput("index.html"));
    }

    [Fact]
    public void Changed_theme_sets_the_cache_aside()
    {
        using var s = ThreeArticles();
        using var theme = new TempFolder();
        s.ThemeDir = theme.Path;
        s.Build();
        File.WriteAllText(theme.Combine("extra.txt"), "a new theme file");

        var result = s.Build();

        Assert.Equal(0, result.Cache!.Reused);
        Assert.NotNull(result.Cache.IgnoredBecause);
    }

    [Fact]
    public void Changed_build_options_give_another_context()
    {
        using var s = ThreeArticles();
        var layers = s.Options().ThemeLayers();
        var plain = CacheContext.Compute(s.Options(), layers);

        Assert.Equal(plain, CacheContext.Compute(s.Options(), layers));
        Assert.NotEqual(plain, CacheContext.Compute(s.Options() with { IncludeDrafts = true }, layers));
        Assert.NotEqual(plain, CacheContext.Compute(s.Options() with { BaseUrl = "https://example.org/" }, layers));
    }

    [Fact]
    public void Cache_of_another_tool_version_is_not_used()
    {
        using var s = ThreeArticles();
        s.Build();
        var context = CacheContext.Compute(s.Options(), s.Options().ThemeLayers());

        var sameVersion = BuildCache.Open(s.CacheFile, context);
        var otherVersion = BuildCache.Open(s.CacheFile, context + "-other-build");

        Assert.Null(sameVersion.IgnoredBecause);
        Assert.Contains("tool version", otherVersion.IgnoredBecause);
        Assert.Null(otherVersion.Find(Directory.GetFiles(Path.Combine(s.Site.Input, "articles"))[0], "any"));
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public void Damaged_cache_is_ignored_and_the_site_is_built_correctly(string damage)
    {
        using var s = ThreeArticles();
        s.Build(useCache: false);
        var expected = Files(s);
        s.Build();
        // A fresh output folder: everything compared below was written by the build with the damaged cache.
        Directory.Delete(s.Site.Output, recursive: true);
        var bytes = File.ReadAllBytes(s.CacheFile);
        switch (damage)
        {
            case "flip":
                bytes[bytes.Length / 2] ^= 0x5A;
                File.WriteAllBytes(s.CacheFile, bytes);
                break;
            case "truncate":
                File.WriteAllBytes(s.CacheFile, bytes[..(bytes.Length * 2 / 3)]);
                break;
            case "garbage":
                File.WriteAllText(s.CacheFile, "not a cache at all");
                break;
            case "empty":
                File.WriteAllBytes(s.CacheFile, []);
                break;
        }

        var result = s.Build();

        Assert.True(result.Success);
        Assert.Equal(0, result.Cache!.Reused);
        Assert.NotNull(result.Cache.IgnoredBecause);
        Assert.Equal(expected, Files(s));
        // The damaged file was replaced by a good one.
        Assert.Equal(3, s.Build().Cache!.Reused);
    }

    [Fact]
    public void Without_cache_nothing_is_read_or_written()
    {
        using var s = ThreeArticles();
        var result = s.Build(useCache: false);

        Assert.True(result.Success);
        Assert.Null(result.Cache);
        Assert.Empty(Directory.GetFileSystemEntries(s.CacheDir));
        Assert.Null(CacheContext.FileFor(s.Options(useCache: false)));
    }

    [Fact]
    public void Default_cache_folder_is_beside_the_input_folder()
    {
        var options = new BuildOptions { InputDir = "/sites/briefing/input", OutputDir = "/sites/briefing/output", DefaultThemeDir = "/theme", UseCache = true };

        Assert.Equal(Path.GetFullPath("/sites/briefing/.digest-cache/input.digest-cache"), CacheContext.FileFor(options));
    }

    [Fact]
    public void Deleted_article_leaves_the_cache()
    {
        using var s = ThreeArticles();
        s.Build();
        File.Delete(Path.Combine(s.Site.Input, "articles", "2024-01-03-c.md"));

        s.Build();
        var third = s.Build();

        Assert.Equal(2, third.Cache!.Reused);
        Assert.Equal(0, third.Cache.Parsed);
    }
}
