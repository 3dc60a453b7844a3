namespace Digest.Site.Tests.Caching;

/// <summary>
/// A rebuild keeps the pages made from the same inputs as last time before making their data (the page cache's input
/// tokens); after each kind of change the site is byte for byte the one a build without any cache makes.
/// </summary>
public sealed class UnaffectedPagesTests
{
    private static CachedSite Site(bool summaries = true)
    {
        var s = new CachedSite();
        s.Site.File("site.yml", "title: \"Wochenlage\"\nlanguage: de\nper_page: 2\n");
        for (var i = 1; i <= 6; i++)
        {
            var topics = i % 2 == 0 ? "topics: [netze, handel]\n" : "topics: [netze]\n";
            var summary = summaries ? $"summary: \"Kurz {i}\"\n" : string.Empty;
            s.Site.Article($"2025-03-0{i}-notiz-{i}", $"Notiz {i}", $"2025-03-0{i}", topics + summary + "experts: [\"Dr. Ilse Brandt\"]\n",
                $"## Stand {i}\n\nAbsatz über Leitungen {i}.");
        }
        return s;
    }

    [Fact]
    public void Body_edit_renders_only_the_article_page()
    {
        using var s = Site();
        var first = s.Build();
        s.Site.Article("2025-03-03-notiz-3", "Notiz 3", "2025-03-03", "topics: [netze]\nsummary: \"Kurz 3\"\nexperts: [\"Dr. Ilse Brandt\"]\n",
            "## Stand 3\n\nNeu: Umspannwerke.");

        var rebuild = s.Build();

        Assert.True(rebuild.Success);
        Assert.Equal(1, rebuild.Cache!.PagesRendered);
        Assert.Equal(first.Cache!.PagesRendered - 1, rebuild.Cache.PagesReused);
        Assert.Contains("Neu: Umspannwerke.", s.Site.ReadOutput("articles/notiz-3/index.html"));
        s.AssertSameAsUncachedBuild();
    }

    [Fact]
    public void Body_edit_of_an_article_without_summary_changes_the_cards_showing_its_excerpt()
    {
        using var s = Site(summaries: false);
        s.Build();
        s.Site.Article("2025-03-06-notiz-6", "Notiz 6", "2025-03-06", "topics: [netze, handel]\nexperts: [\"Dr. Ilse Brandt\"]\n",
            "## Stand 6\n\nNeu: Umspannwerke im Norden.");

        var rebuild = s.Build();

        Assert.True(rebuild.Cache!.PagesRendered > 1);
        Assert.Contains("Neu: Umspannwerke im Norden.", s.Site.ReadOutput("index.html"));
        s.AssertSameAsUncachedBuild();
    }

    [Fact]
    public void Title_edit_changes_every_page_that_shows_the_article()
    {
        using var s = Site();
        s.Build();
        s.Site.Article("2025-03-05-notiz-5", "Notiz fünf", "2025-03-05", "topics: [netze]\nsummary: \"Kurz 5\"\nexperts: [\"Dr. Ilse Brandt\"]\n",
            "## Stand 5\n\nAbsatz über Leitungen 5.");

        var rebuild = s.Build();

        Assert.True(rebuild.Cache!.PagesRendered > 1);
        Assert.Contains("Notiz fünf", s.Site.ReadOutput("archive/index.html"));
        Assert.Contains("Notiz fünf", s.Site.ReadOutput("articles/notiz-4/index.html"));
        s.AssertSameAsUncachedBuild();

        // The tokens saved by that build hold for the next one: an edit of one body renders one page again.
        s.Site.Article("2025-03-01-notiz-1", "Notiz 1", "2025-03-01", "topics: [netze]\nsummary: \"Kurz 1\"\nexperts: [\"Dr. Ilse Brandt\"]\n",
            "## Stand 1\n\nNeu: Leitungen im Süden.");
        Assert.Equal(1, s.Build().Cache!.PagesRendered);
        s.AssertSameAsUncachedBuild();
    }

    [Fact]
    public void Added_and_deleted_articles_change_the_listings()
    {
        using var s = Site();
        s.Build();
        s.Site.Article("2025-03-07-notiz-7", "Notiz 7", "2025-03-07", "topics: [handel]\nsummary: \"Kurz 7\"\n", "Neu hinzu.");
        File.Delete(Path.Combine(s.Site.Input, "articles", "2025-03-02-notiz-2.md"));

        var rebuild = s.Build();

        Assert.True(rebuild.Success);
        Assert.Contains("Notiz 7", s.Site.ReadOutput("index.html"));
        Assert.DoesNotContain("Notiz 2<", s.Site.ReadOutput("archive/index.html"));
        s.AssertSameAsUncachedBuild();
    }

    [Fact]
    public void Hand_edited_page_is_rendered_again_although_its_inputs_did_not_change()
    {
        using var s = Site();
        s.Build();
        var page = Path.Combine(s.Site.Output, "topics", "netze", "index.html");
        File.WriteAllText(page, "von Hand");
        s.Site.Article("2025-03-03-notiz-3", "Notiz 3", "2025-03-03", "topics: [netze]\nsummary: \"Kurz 3\"\nexperts: [\"Dr. Ilse Brandt\"]\n",
            "## Stand 3\n\nNeu: Umspannwerke.");

        var rebuild = s.Build();

        Assert.Equal(2, rebuild.Cache!.PagesRendered);
        Assert.DoesNotContain("von Hand", File.ReadAllText(page));
        s.AssertSameAsUncachedBuild();
    }

    [Fact]
    public void Settings_change_renders_every_page_again()
    {
        using var s = Site();
        var first = s.Build();
        s.Site.File("site.yml", "title: \"Wochenlage Nord\"\nlanguage: de\nper_page: 2\n");

        var rebuild = s.Build();

        Assert.Equal(first.Cache!.PagesRendered, rebuild.Cache!.PagesRendered);
        Assert.Contains("Wochenlage Nord", s.Site.ReadOutput("articles/notiz-1/index.html"));
        s.AssertSameAsUncachedBuild();
    }
}
