using Digest.Site.Caching;
using Digest.Site.Rendering.Markdown;
using Digest.Site.Rendering.ViewModels;
using Digest.TestSupport;

namespace Digest.Site.Tests.Caching;

public sealed class PageCacheTests
{
    /// <summary>Enough articles for paginated home and topic pages, expert pages and related articles.</summary>
    private static CachedSite Digest()
    {
        var s = new CachedSite();
        s.Site.File("site.yml", "title: \"Lagebild\"\nlanguage: de\nper_page: 2\n");
        for (var i = 1; i <= 7; i++)
        {
            var topics = i % 2 == 0 ? "topics: [energie, wirtschaft]\n" : "topics: [energie]\n";
            var experts = i % 3 == 0 ? "experts:\n  - name: \"Dr. Ida Sommer\"\n    role: \"Analystin\"\n    quotes:\n      - \"Ein Satz Nummer " + i + ".\"\n" : "";
            s.Site.Article($"2024-02-0{i}-bericht-{i}", $"Bericht {i}", $"2024-02-0{i}", topics + experts + $"summary: \"Kurz {i}\"\n",
                $"## Lage {i}\n\nAbsatz über Gasspeicher {i}.");
        }
        return s;
    }

    private static SortedDictionary<string, byte[]> FilesIn(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }
        return files;
    }

    /// <summary>Builds the same input without any cache into a fresh folder and asserts the two folders hold the same bytes.</summary>
    private static void AssertSameAsUncachedBuild(CachedSite s)
    {
        using var fresh = new TempFolder();
        var uncached = SiteBuilder.Build(s.Options(useCache: false) with { OutputDir = fresh.Path });
        Assert.True(uncached.Success);
        var expected = FilesIn(fresh.Path);
        var actual = FilesIn(s.Site.Output);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs from a build without cache");
        }
    }

    [Fact]
    public void Rebuild_after_changing_one_article_reuses_other_pages_and_matches_a_build_without_cache()
    {
        using var s = Digest();
        var cold = s.Build();
        Assert.True(cold.Success);
        Assert.Equal(0, cold.Cache!.PagesReused);
        s.Site.Article("2024-02-04-bericht-4", "Bericht 4", "2024-02-04", "topics: [energie, wirtschaft]\nsummary: \"Kurz 4\"\n",
            "## Lage 4\n\nNeuer Absatz über Flüssiggas.");

        var rebuild = s.Build();

        Assert.True(rebuild.Success);
        Assert.True(rebuild.Cache!.PagesReused > 0, "no page was reused");
        // Only the changed article's own page shows its body; every listing shows only its summary, which is unchanged.
        Assert.Equal(1, rebuild.Cache.PagesRendered);
        Assert.Contains("Neuer Absatz über Flüssiggas.", s.Site.ReadOutput("articles/bericht-4/index.html"));
        AssertSameAsUncachedBuild(s);
    }

    [Fact]
    public void Rebuild_after_changing_one_article_updates_exactly_the_feeds_that_list_it()
    {
        using var s = Digest();
        s.Build();
        string Feed(string path) => Path.Combine(s.Site.Output, path);
        var untouched = new[] { "topics/wirtschaft/feed.xml", "topics/wirtschaft/feed.json", "experts/dr-ida-sommer/feed.xml" };
        var before = untouched.ToDictionary(p => p, p => File.GetLastWriteTimeUtc(Feed(p)));
        // A marker only a kept (not re-rendered) feed still carries: same length, same time, one letter changed.
        var marked = Feed("topics/wirtschaft/feed.xml");
        var text = File.ReadAllText(marked);
        File.WriteAllText(marked, text.Replace("<feed ", "<feeD ", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(marked, before["topics/wirtschaft/feed.xml"]);
        Thread.Sleep(20);
        // Article 1 is only in the digest's and the energy topic's feeds.
        s.Site.Article("2024-02-01-bericht-1", "Bericht 1", "2024-02-01", "topics: [energie]\nsummary: \"Kurz 1\"\n",
            "## Lage 1\n\nNeuer Absatz über Windstrom.");

        var rebuild = s.Build();

        Assert.True(rebuild.Success);
        Assert.All(untouched, p => Assert.Equal(before[p], File.GetLastWriteTimeUtc(Feed(p))));
        Assert.Contains("<feeD ", File.ReadAllText(marked));
        File.WriteAllText(marked, text);
        Assert.Contains("Neuer Absatz über Windstrom.", File.ReadAllText(Feed("topics/energie/feed.xml")));
        Assert.Contains("Neuer Absatz über Windstrom.", File.ReadAllText(Feed("feed.json")));
        AssertSameAsUncachedBuild(s);
    }

    [Fact]
    public void Rebuild_keeps_the_search_scripts_whose_data_did_not_change()
    {
        using var s = new CachedSite();
        // Enough articles for several files of result details (32 per file).
        for (var i = 1; i <= 70; i++)
        {
            s.Site.Article($"2024-03-{1 + i % 28:00}-meldung-{i}", $"Meldung {i}", $"2024-03-{1 + i % 28:00}", $"summary: \"Kurz {i}\"\n", $"Absatz {i} über Netze.");
        }
        s.Build();
        var details = Directory.GetFiles(Path.Combine(s.Site.Output, "search", "d"), "*.js").Order(StringComparer.Ordinal).ToList();
        Assert.True(details.Count >= 3);
        // A marker only a kept (not encoded again) script still carries: same length, same time, one letter changed.
        var marked = details[0];
        var text = File.ReadAllText(marked);
        var time = File.GetLastWriteTimeUtc(marked);
        File.WriteAllText(marked, text.Replace("DigestSearch", "DigestSearcH", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(marked, time);
        Thread.Sleep(20);
        // A new word in one body: the term scripts change, no result's title, date or summary does.
        s.Site.Article("2024-03-06-meldung-5", "Meldung 5", "2024-03-06", "summary: \"Kurz 5\"\n", "Absatz 5 über Netze und Windstromspeicher.");

        Assert.True(s.Build().Success);

        Assert.Contains("DigestSearcH", File.ReadAllText(marked));
        var terms = Directory.GetFiles(Path.Combine(s.Site.Output, "search", "t"), "*.js").Select(File.ReadAllText);
        Assert.Contains(terms, t => t.Contains("\"windstromspeicher\"", StringComparison.Ordinal));
        File.WriteAllText(marked, text);
        AssertSameAsUncachedBuild(s);
    }

    [Fact]
    public void Changed_title_renders_every_page_that_lists_the_article()
    {
        using var s = Digest();
        s.Build();
        s.Site.Article("2024-02-07-bericht-7", "Bericht sieben", "2024-02-07", "topics: [energie]\nsummary: \"Kurz 7\"\n", "## Lage 7\n\nAbsatz.");

        var rebuild = s.Build();

        Assert.True(rebuild.Success);
        Assert.True(rebuild.Cache!.PagesRendered > 1);
        Assert.Contains("Bericht sieben", s.Site.ReadOutput("index.html"));
        Assert.Contains("Bericht sieben", s.Site.ReadOutput("archive/index.html"));
        AssertSameAsUncachedBuild(s);
    }

    [Fact]
    public void Added_and_removed_articles_give_the_same_site_as_a_build_without_cache()
    {
        using var s = Digest();
        s.Build();
        File.Delete(Path.Combine(s.Site.Input, "articles", "2024-02-02-bericht-2.md"));
        s.Site.Article("2024-02-09-bericht-9", "Bericht 9", "2024-02-09", "topics: [wirtschaft]\n", "Neu.");

        Assert.True(s.Build().Success);

        AssertSameAsUncachedBuild(s);
    }

    [Fact]
    public void Hand_edited_output_file_is_rendered_again()
    {
        using var s = Digest();
        s.Build();
        var page = Path.Combine(s.Site.Output, "topics", "energie", "index.html");
        var original = File.ReadAllBytes(page);
        File.WriteAllText(page, "von Hand geändert");

        var rebuild = s.Build();

        Assert.Equal(1, rebuild.Cache!.PagesRendered);
        Assert.Equal(original, File.ReadAllBytes(page));
        AssertSameAsUncachedBuild(s);
    }

    [Fact]
    public void Hand_edit_of_the_same_length_is_noticed_and_rendered_again()
    {
        using var s = Digest();
        s.Build();
        var page = Path.Combine(s.Site.Output, "articles", "bericht-3", "index.html");
        var original = File.ReadAllBytes(page);
        var edited = (byte[])original.Clone();
        // Same length, one letter changed: only the modification time tells this file from the one the build wrote.
        var at = Array.IndexOf(edited, (byte)'G');
        edited[at] = (byte)'K';
        Thread.Sleep(20);
        File.WriteAllBytes(page, edited);

        var rebuild = s.Build();

        Assert.Equal(1, rebuild.Cache!.PagesRendered);
        Assert.Equal(original, File.ReadAllBytes(page));
    }

    [Fact]
    public void Damaged_page_cache_is_ignored()
    {
        using var s = Digest();
        s.Build();
        var bytes = File.ReadAllBytes(s.PageCacheFile);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(s.PageCacheFile, bytes);

        var rebuild = s.Build();

        Assert.True(rebuild.Success);
        Assert.Equal(0, rebuild.Cache!.PagesReused);
        AssertSameAsUncachedBuild(s);
        Assert.True(s.Build().Cache!.PagesReused > 0, "the damaged file was not replaced");
    }

    [Fact]
    public void Changed_ui_strings_render_every_page_again()
    {
        using var s = Digest();
        using var theme = new TempFolder();
        s.ThemeDir = theme.Path;
        s.Build();
        var german = File.ReadAllText(Path.Combine(RepoPaths.Theme, "i18n", "de.yml"));
        Directory.CreateDirectory(theme.Combine("i18n"));
        File.WriteAllText(theme.Combine("i18n/de.yml"), german.Replace("Archiv", "Ablage", StringComparison.Ordinal));

        var rebuild = s.Build();

        Assert.Equal(0, rebuild.Cache!.PagesReused);
        Assert.Contains("Ablage", s.Site.ReadOutput("index.html"));
        AssertSameAsUncachedBuild(s);
    }

    [Fact]
    public void Changed_template_renders_every_page_again()
    {
        using var s = Digest();
        using var theme = new TempFolder();
        s.ThemeDir = theme.Path;
        s.Build();
        var card = File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", "partials", "card.liquid"));
        Directory.CreateDirectory(theme.Combine("layouts/partials"));
        File.WriteAllText(theme.Combine("layouts/partials/card.liquid"), card + "<!-- karte -->");

        var rebuild = s.Build();

        Assert.Equal(0, rebuild.Cache!.PagesReused);
        Assert.Contains("<!-- karte -->", s.Site.ReadOutput("index.html"));
        AssertSameAsUncachedBuild(s);
    }

    [Fact]
    public void Fingerprint_follows_every_value_a_page_shows()
    {
        IReadOnlyList<FeedLinkView> feeds = [];
        var card = new ArticleCardView("Titel", "titel", "articles/titel/index.html", new DateView("2024-01-01", "1. Januar 2024", "day"), "Kurz", [], [], "de", false);
        byte[]? Of(ArticleCardView c, string title = "Start") =>
            PageFingerprint.Compute("home", "index.html", title, null, feeds, [new("articles", new List<ArticleCardView> { c })]);

        Assert.Equal(Of(card), Of(card with { }));
        Assert.NotEqual(Of(card), Of(card with { Summary = "Länger" }));
        Assert.NotEqual(Of(card), Of(card with { Date = new DateView("2024-01-01", "1. Jan. 2024", "day") }));
        Assert.NotEqual(Of(card), Of(card, "Start – Seite 2"));
    }

    [Fact]
    public void Fingerprint_of_an_article_page_follows_its_body()
    {
        IReadOnlyList<FeedLinkView> feeds = [];
        var card = new ArticleCardView("Titel", "titel", "articles/titel/index.html", new DateView("2024-01-01", "1. Januar 2024", "day"), "Kurz", [], [], "de", false);
        static RenderedBody Body(string html) => new(html, [], 2);
        var view = new ArticleView(card, null, Body("<p>Erster Absatz.</p>"), [], false, 1, null, [], null, null, null, [], null, null, new Dictionary<string, object?>(), []);
        byte[]? Of(ArticleView v) => PageFingerprint.Compute("article", "articles/titel/index.html", "Titel", null, feeds, [new("article", v)]);

        Assert.NotNull(Of(view));
        Assert.Equal(Of(view), Of(view with { Body = Body("<p>Erster Absatz.</p>") }));
        Assert.NotEqual(Of(view), Of(view with { Body = Body("<p>Erster Absatz!</p>") }));
        // A body reused from the cache (UTF-8) fingerprints like the same body rendered fresh.
        Assert.Equal(Of(view), Of(view with { Body = new RenderedBody("<p>Erster Absatz.</p>"u8.ToArray(), [], 2) }));
        Assert.NotEqual(Of(view), Of(view with { ReadingMinutes = 2 }));
    }
}
