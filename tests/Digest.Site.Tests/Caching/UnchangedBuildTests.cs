using Digest.Core.Diagnostics;

namespace Digest.Site.Tests.Caching;

/// <summary>
/// A build that finds nothing changed since the last one (input files, settings, theme, options, output files) does
/// nothing and reports what the last one did; after every kind of change it builds, and the site is the one a build
/// without any cache makes.
/// </summary>
public sealed class UnchangedBuildTests
{
    private static CachedSite Site()
    {
        var s = new CachedSite();
        s.Site.File("site.yml", "title: \"Wochenlage\"\nlanguage: de\nper_page: 2\n");
        for (var i = 1; i <= 5; i++)
        {
            var topics = i % 2 == 0 ? "topics: [netze, handel]\n" : "topics: [netze]\n";
            s.Site.Article($"2025-03-0{i}-notiz-{i}", $"Notiz {i}", $"2025-03-0{i}", topics + $"summary: \"Kurz {i}\"\n", $"## Stand {i}\n\nAbsatz über Leitungen {i}.");
        }
        return s;
    }

    private static bool DidNothing(BuildResult result) => result.Timings.Count == 1 && result.Timings[0].Phase == "unchanged";

    private static string RecordFile(CachedSite s) => Directory.GetFiles(s.CacheDir, "*.digest-build").Single();

    [Fact]
    public void Build_with_nothing_changed_does_nothing_and_reports_what_the_last_one_did()
    {
        using var s = Site();
        // A warning the last build gave (no base_url) must be given again.
        var first = s.Build();
        Assert.True(first.Success);
        Assert.False(DidNothing(first));
        var times = Directory.GetFiles(s.Site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var second = s.Build();

        Assert.True(second.Success);
        Assert.True(DidNothing(second));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Contains(second.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal(first.Articles, second.Articles);
        Assert.Equal(first.Files, second.Files);
        Assert.Equal((0, first.Files, 0), (second.Written, second.Unchanged, second.Removed));
        Assert.Equal((first.Cache!.Parsed, 0, first.Cache.PagesRendered, 0), (second.Cache!.Reused, second.Cache.Parsed, second.Cache.PagesReused, second.Cache.PagesRendered));
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));
        s.AssertSameAsUncachedBuild();
    }

    [Fact]
    public void Changed_article_is_built_again()
    {
        using var s = Site();
        s.Build();
        s.Site.Article("2025-03-02-notiz-2", "Notiz 2", "2025-03-02", "topics: [netze, handel]\nsummary: \"Kurz 2\"\n", "## Stand 2\n\nNeu: Umspannwerke.");

        var rebuild = s.Build();

        Assert.False(DidNothing(rebuild));
        Assert.Contains("Neu: Umspannwerke.", s.Site.ReadOutput("articles/notiz-2/index.html"));
        s.AssertSameAsUncachedBuild();
        Assert.True(DidNothing(s.Build()));
        s.AssertSameAsUncachedBuild();
    }

    [Fact]
    public void Edit_of_the_same_length_and_time_just_after_a_build_is_noticed_by_its_bytes()
    {
        using var s = Site();
        s.Build();
        var file = Path.Combine(s.Site.Input, "articles", "2025-03-03-notiz-3.md");
        var time = File.GetLastWriteTimeUtc(file);
        // Within the file system's time resolution a second edit can keep the time: only the bytes tell.
        File.WriteAllText(file, File.ReadAllText(file).Replace("Leitungen 3", "Leitungen 8", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, time);

        var rebuild = s.Build();

        Assert.False(DidNothing(rebuild));
        Assert.Contains("Leitungen 8", s.Site.ReadOutput("articles/notiz-3/index.html"));
        s.AssertSameAsUncachedBuild();
    }

    [Fact]
    public void Added_and_deleted_articles_are_built_again()
    {
        using var s = Site();
        s.Build();
        s.Site.Article("2025-03-08-notiz-8", "Notiz 8", "2025-03-08", "topics: [handel]\n", "Ganz neu.");
        Assert.False(DidNothing(s.Build()));
        Assert.True(s.Site.OutputExists("articles/notiz-8/index.html"));
        s.AssertSameAsUncachedBuild();

        File.Delete(Path.Combine(s.Site.Input, "articles", "2025-03-01-notiz-1.md"));
        Assert.False(DidNothing(s.Build()));
        Assert.False(s.Site.OutputExists("articles/notiz-1/index.html"));
        s.AssertSameAsUncachedBuild();
    }

    [Fact]
    public void Changed_settings_file_is_built_again()
    {
        using var s = Site();
        s.Build();
        s.Site.File("site.yml", "title: \"Monatslage\"\nlanguage: de\nper_page: 2\n");

        Assert.False(DidNothing(s.Build()));
        Assert.Contains("Monatslage", s.Site.ReadOutput("index.html"));
        s.AssertSameAsUncachedBuild();
    }

    [Fact]
    public void Changed_theme_file_is_built_again()
    {
        using var s = Site();
        using var theme = new Digest.TestSupport.TempFolder();
        s.ThemeDir = theme.Path;
        Directory.CreateDirectory(Path.Combine(theme.Path, "assets"));
        File.WriteAllText(Path.Combine(theme.Path, "assets", "style.css"), "body { color: black; }\n");
        s.Build();
        File.WriteAllText(Path.Combine(theme.Path, "assets", "style.css"), "body { color: navy; }\n");

        Assert.False(DidNothing(s.Build()));
        Assert.Contains("navy", File.ReadAllText(Directory.GetFiles(s.Site.Output, "style*.css", SearchOption.AllDirectories).Single()));
        s.AssertSameAsUncachedBuild();
    }

    [Fact]
    public void Hand_edited_or_deleted_output_file_is_built_again()
    {
        using var s = Site();
        s.Build();
        var page = Path.Combine(s.Site.Output, "topics", "netze", "index.html");
        File.WriteAllText(page, "von Hand");
        Assert.False(DidNothing(s.Build()));
        s.AssertSameAsUncachedBuild();

        File.Delete(Path.Combine(s.Site.Output, "articles", "notiz-4", "index.html"));
        Assert.False(DidNothing(s.Build()));
        s.AssertSameAsUncachedBuild();
    }

    [Fact]
    public void Article_dated_in_the_future_appears_once_its_date_has_come()
    {
        using var s = Site();
        var later = Digest.Site.Tests.TestSupport.FixtureSite.Now.AddDays(2);
        s.Site.Article("2025-06-02-vorschau", "Vorschau", later.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture));
        s.Build();
        Assert.False(s.Site.OutputExists("articles/vorschau/index.html"));

        var then = s.Options() with { Now = later.AddHours(1) };
        var rebuild = SiteBuilder.Build(then);

        Assert.False(DidNothing(rebuild));
        Assert.True(s.Site.OutputExists("articles/vorschau/index.html"));
        s.AssertSameAsUncachedBuild(then);
    }

    [Fact]
    public void Other_output_folder_or_options_are_built_again()
    {
        using var s = Site();
        s.Build();
        var drafts = s.Options() with { IncludeDrafts = true };
        Assert.False(DidNothing(SiteBuilder.Build(drafts)));
        s.AssertSameAsUncachedBuild(drafts);

        using var other = new Digest.TestSupport.TempFolder();
        var elsewhere = drafts with { OutputDir = Path.Combine(other.Path, "site") };
        Assert.False(DidNothing(SiteBuilder.Build(elsewhere)));
        Assert.True(File.Exists(Path.Combine(other.Path, "site", "index.html")));
    }

    [Fact]
    public void Damaged_or_deleted_cache_file_is_built_again_and_replaced()
    {
        using var s = Site();
        s.Build();
        var bytes = File.ReadAllBytes(s.PageCacheFile);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(s.PageCacheFile, bytes);
        Assert.False(DidNothing(s.Build()));
        s.AssertSameAsUncachedBuild();

        File.Delete(s.CacheFile);
        Assert.False(DidNothing(s.Build()));
        Assert.True(File.Exists(s.CacheFile));
        Assert.True(DidNothing(s.Build()));
    }

    [Fact]
    public void Symbolic_link_in_the_input_folder_is_never_vouched_for()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("symbolic links need extra rights on Windows");
        }
        using var s = Site();
        using var elsewhere = new Digest.TestSupport.TempFolder();
        var target = Path.Combine(elsewhere.Path, "bild.txt");
        File.WriteAllText(target, "erste Fassung");
        File.CreateSymbolicLink(Path.Combine(s.Site.Input, "notiz.txt"), target);
        s.Build();
        // The link's target can change without anything in the input folder changing.
        File.WriteAllText(target, "zweite Fassung");

        Assert.False(DidNothing(s.Build()));
        Assert.False(DidNothing(s.Build()));
        s.AssertSameAsUncachedBuild();
    }

    [Fact]
    public void Damaged_record_is_ignored()
    {
        using var s = Site();
        s.Build();
        var record = RecordFile(s);
        var bytes = File.ReadAllBytes(record);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(record, bytes);

        Assert.False(DidNothing(s.Build()));
        s.AssertSameAsUncachedBuild();
    }

    [Fact]
    public void Failed_build_leaves_no_record_and_the_next_one_builds()
    {
        using var s = Site();
        s.Build();
        s.Site.File("articles/2025-03-07-kaputt.md", "---\ntitle: [\n---\nText.\n");
        var failed = s.Build();
        Assert.False(failed.Success);
        Assert.Empty(Directory.GetFiles(s.CacheDir, "*.digest-build"));

        File.Delete(Path.Combine(s.Site.Input, "articles", "2025-03-07-kaputt.md"));
        Assert.False(DidNothing(s.Build()));
        s.AssertSameAsUncachedBuild();
        Assert.True(DidNothing(s.Build()));
    }

    [Fact]
    public void Without_cache_or_in_a_dry_run_no_record_is_kept()
    {
        using var s = Site();
        Assert.True(s.Build(useCache: false).Success);
        Assert.False(DidNothing(s.Build(useCache: false)));
        Assert.True(SiteBuilder.Build(s.Options() with { DryRun = true }).Success);
        Assert.Empty(Directory.GetFiles(s.CacheDir, "*.digest-build"));
    }
}
