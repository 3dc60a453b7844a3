namespace Digest.Site.Tests.Caching;

/// <summary>
/// A build with the cache takes the articles from the listing its check of the last build's record made of the input,
/// instead of listing the folder again: the same articles as the folder's own listing finds (nested folders, hidden files
/// and folders left out, other extensions ignored), and a site byte for byte the one a build without any cache makes.
/// </summary>
public sealed class ListedInputTests
{
    private static CachedSite Site()
    {
        var s = new CachedSite();
        s.Site.File("site.yml", "title: \"Wochenlage\"\nlanguage: de\nper_page: 2\n");
        for (var i = 1; i <= 4; i++)
        {
            s.Site.Article($"2025-04-0{i}-lage-{i}", $"Lage {i}", $"2025-04-0{i}", $"summary: \"Kurz {i}\"\n", $"Absatz über Häfen {i}.");
        }
        s.Site.Article("2025/2025-04-05-verschachtelt", "Verschachtelt", "2025-04-05", body: "Ein Artikel im Unterordner.");
        s.Site.Article(".entwuerfe/2025-04-06-versteckt", "Versteckter Ordner", "2025-04-06");
        s.Site.Article(".#2025-04-07-sperre", "Sperrdatei", "2025-04-07");
        s.Site.File("articles/notizen.txt", "keine Markdown-Datei");
        return s;
    }

    [Fact]
    public void First_build_and_rebuilds_find_the_articles_the_folder_listing_finds()
    {
        using var s = Site();

        var first = s.Build();

        Assert.True(first.Success);
        Assert.Equal(5, first.Articles);
        Assert.Contains("Verschachtelt", s.Site.ReadOutput("archive/index.html"));
        Assert.DoesNotContain("Versteckter Ordner", s.Site.ReadOutput("archive/index.html"));
        Assert.DoesNotContain("Sperrdatei", s.Site.ReadOutput("archive/index.html"));
        s.AssertSameAsUncachedBuild();

        s.Site.Article("2025/2025-04-05-verschachtelt", "Verschachtelt", "2025-04-05", body: "Neu: Kräne im Unterordner.");
        s.Site.Article("2025/05/2025-05-01-tiefer", "Tiefer", "2025-05-01", body: "Zwei Ordner tief.");
        File.Delete(Path.Combine(s.Site.Input, "articles", "2025-04-02-lage-2.md"));
        var rebuild = s.Build();

        Assert.True(rebuild.Success);
        Assert.Equal(5, rebuild.Articles);
        Assert.Contains("Neu: Kräne im Unterordner.", s.Site.ReadOutput("articles/verschachtelt/index.html"));
        Assert.Contains("Tiefer", s.Site.ReadOutput("archive/index.html"));
        Assert.DoesNotContain("Lage 2", s.Site.ReadOutput("archive/index.html"));
        s.AssertSameAsUncachedBuild();
    }

    [Fact]
    public void Input_folder_named_with_a_trailing_separator_is_rebuilt_and_then_found_unchanged()
    {
        using var s = Site();
        var options = s.Options() with { InputDir = s.Site.Input + Path.DirectorySeparatorChar };
        Assert.True(SiteBuilder.Build(options).Success);
        s.Site.Article("2025-04-03-lage-3", "Lage 3", "2025-04-03", "summary: \"Kurz 3\"\n", "Neu: Schleusen.");

        var rebuild = SiteBuilder.Build(options);

        Assert.True(rebuild.Success);
        Assert.Contains("Neu: Schleusen.", s.Site.ReadOutput("articles/lage-3/index.html"));
        s.AssertSameAsUncachedBuild(options);
        var again = SiteBuilder.Build(options);
        Assert.Equal((0, rebuild.Files), (again.Written, again.Unchanged));
        Assert.Equal("unchanged", Assert.Single(again.Timings).Phase);
        s.AssertSameAsUncachedBuild(options);
    }
}
