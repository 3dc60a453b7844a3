using Digest.Site.Serving;
using Digest.Site.Tests.TestSupport;

namespace Digest.Site.Tests.Serving;

public sealed class LazySiteTests
{
    private static FixtureSite Digest() => new FixtureSite()
        .File("site.yml", "title: \"Lagebild\"\nlanguage: de\nper_page: 2\nbase_url: \"https://lage.example.org/\"\n")
        .Article("2024-01-01-a", "Erster Artikel", "2024-01-01", "topics: [russland]\nsummary: Eins.", "## Lage\n\nText über [den zweiten](2024-02-01-b.md).")
        .Article("2024-02-01-b", "Zweiter Artikel", "2024-02-01", "topics: [russland, energie]\nexperts: [Eva Ek]")
        .Article("2024-03-01-c", "Dritter Artikel", "2024-03-01", "topics: [energie]");

    [Fact]
    public void Every_file_asked_for_one_by_one_is_the_file_a_full_build_makes()
    {
        using var site = Digest();
        var full = SiteBuilder.Build(site.Options() with { DryRun = true });
        Assert.True(full.Success);
        var lazy = new LazySite(SiteBuilder.Prepare(site.Options() with { DryRun = true }).Site!);

        var paths = full.Output!.SortedPaths();
        Assert.Contains("sitemap.xml", paths);
        Assert.Contains("search/meta.js", paths);
        // Asked for in an order unlike the build's: the sitemap first, pages last.
        paths.Reverse();
        foreach (var path in paths)
        {
            var bytes = lazy.Get(path);
            Assert.True(bytes is not null, path + " is missing");
            Assert.True(full.Output.Get(path)!.AsSpan().SequenceEqual(bytes), path + " differs from the full build");
        }
        Assert.Null(lazy.Get("articles/gibt-es-nicht/index.html"));
        Assert.Empty(lazy.Errors(10));
    }

    [Fact]
    public void A_page_is_rendered_only_when_asked_for()
    {
        using var site = Digest();
        var lazy = new LazySite(SiteBuilder.Prepare(site.Options() with { DryRun = true }).Site!);

        Assert.True(lazy.HasPage("articles/zweiter-artikel/index.html"));
        Assert.True(lazy.Contains("topics/energie/index.html"));
        var page = System.Text.Encoding.UTF8.GetString(lazy.Get("articles/zweiter-artikel/index.html")!);
        Assert.Contains("Zweiter Artikel", page);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_template_that_fails_on_one_page_is_reported_and_the_other_pages_still_render()
    {
        using var site = Digest().File("_theme/layouts/expert.liquid", "<h1>{{ expert.name }}</h1>{{ 1 | divided_by: 0 }}");
        var lazy = new LazySite(SiteBuilder.Prepare(site.Options() with { DryRun = true }).Site!);

        Assert.Null(lazy.Get("experts/eva-ek/index.html"));
        Assert.Null(lazy.Get("experts/eva-ek/index.html"));
        Assert.True(lazy.HasPage("experts/eva-ek/index.html"));
        Assert.NotNull(lazy.Get("index.html"));
        var error = Assert.Single(lazy.Errors(10));
        Assert.Contains("expert.liquid", error.Path);

        lazy.RenderRemaining(CancellationToken.None);
        Assert.NotNull(lazy.Get("archive/index.html"));
    }
}
