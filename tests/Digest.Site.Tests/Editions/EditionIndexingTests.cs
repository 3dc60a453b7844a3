using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Site.Indexing;
using Digest.Site.Indexing.Editions;
using Digest.Site.Tests.TestSupport;

namespace Digest.Site.Tests.Editions;

public class EditionIndexingTests
{
    private static Topic T(string slug) => new(slug, slug.ToUpperInvariant(), null, [], defined: true);

    private static ArticleEntry E(string stem, params Topic[] topics)
    {
        var entry = new ArticleEntry(new Article { SourcePath = $"input/articles/{stem}.md", FileStem = stem, Title = stem, Date = default, Body = "" }, stem, "de");
        entry.Topics.AddRange(topics);
        return entry;
    }

    [Fact]
    public void Sections_put_the_chosen_topics_first_then_the_busiest()
    {
        var (energy, security, economy) = (T("energie"), T("sicherheit"), T("wirtschaft"));
        var articles = new[] { E("a", energy), E("b", security), E("c", security), E("d", economy), E("e") };
        var sections = EditionSections.Group(articles, [economy], ["energie", "sicherheit", "wirtschaft"]);

        Assert.Equal(["wirtschaft", "sicherheit", "energie", null], sections.Select(s => s.Topic?.Slug));
        Assert.Equal(["b", "c"], sections[1].Articles.Select(a => a.Slug));
        Assert.Equal(["e"], sections[3].Articles.Select(a => a.Slug));
    }

    [Fact]
    public void Ties_follow_the_vocabulary_order()
    {
        var (energy, security) = (T("energie"), T("sicherheit"));
        var sections = EditionSections.Group([E("a", security), E("b", energy)], [], ["energie", "sicherheit"]);
        Assert.Equal(["energie", "sicherheit"], sections.Select(s => s.Topic!.Slug));
    }

    [Fact]
    public void An_article_with_several_topics_appears_once_and_is_linked_from_its_other_sections()
    {
        var (energy, security) = (T("energie"), T("sicherheit"));
        var sections = EditionSections.Group([E("a", security, energy), E("b", energy), E("c", energy)], [], []);

        Assert.Equal("energie", sections[0].Topic!.Slug);
        Assert.Equal(["a", "b", "c"], sections[0].Articles.Select(a => a.Slug));
        Assert.Equal("sicherheit", sections[1].Topic!.Slug);
        Assert.Empty(sections[1].Articles);
        Assert.Equal(["a"], sections[1].AlsoHere.Select(a => a.Slug));
    }

    private static FixtureSite Site(string settings = "editions: weekly\n")
    {
        var site = new FixtureSite()
            .File("site.yml", "title: Lage\nlanguage: de\n" + settings)
            .File("topics.yml", "- slug: energie\n  label: Energie\n- slug: sicherheit\n  label: Sicherheit\n")
            .Article("2024-04-30-gas", "Gas", "2024-04-30", "topics: [energie]\nexperts:\n  - name: Dr. Eva Kern\n    role: Analystin\n    quotes: [\"Die Speicher sind voll.\"]")
            .Article("2024-05-02-ostflanke", "Ostflanke", "2024-05-02", "topics: [sicherheit, energie]")
            .Article("2024-05-09-strom", "Strom", "2024-05-09", "topics: [energie]")
            .Article("2024-05-monat", "Monatsbilanz", "2024-05", "topics: [energie]");
        return site;
    }

    private static (SiteIndex Index, IReadOnlyList<Diagnostic> Diagnostics) Prepare(FixtureSite site)
    {
        var prepared = SiteBuilder.Prepare(site.Options() with { DryRun = true }).Site!;
        return (prepared.Index!, prepared.Diagnostics.Sorted());
    }

    [Fact]
    public void Weekly_sites_get_an_automatic_edition_for_every_week_with_articles()
    {
        using var site = Site();
        var (index, diagnostics) = Prepare(site);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.Equal(["2024-w19", "2024-w18"], index.Editions.Select(e => e.Slug));
        var week18 = index.Editions[1];
        Assert.True(week18.Automatic);
        Assert.Equal("Ausgabe KW 18/2024", week18.Title);
        Assert.Equal(["Gas", "Ostflanke"], week18.Articles.Select(a => a.Article.Title).Order());
        Assert.Equal("2024-05-02", week18.Date.ToIso());
        Assert.Equal(index.Editions[0], week18.Newer);
        // Known only to the month, the month's review is in no weekly edition.
        Assert.DoesNotContain(index.Editions, e => e.Articles.Any(a => a.Article.Title == "Monatsbilanz"));
        Assert.Equal([week18], index.Articles.Single(a => a.Article.Title == "Gas").Editions);
        Assert.Equal("Dr. Eva Kern", Assert.Single(week18.Experts).Expert.Name);
    }

    [Fact]
    public void Monthly_editions_take_month_only_articles_too()
    {
        using var site = Site("editions: monthly\n");
        var (index, _) = Prepare(site);
        Assert.Equal(["2024-05", "2024-04"], index.Editions.Select(e => e.Slug));
        Assert.Contains(index.Editions[0].Articles, a => a.Article.Title == "Monatsbilanz");
    }

    [Fact]
    public void A_written_edition_replaces_the_automatic_one_of_its_period()
    {
        using var site = Site();
        site.File("editions/woche-18.md", "---\ntitle: \"Die Woche\"\ndate: 2024-05-06\nperiod: 2024-W18\nsections: [sicherheit]\n---\nDie Lage.\n");
        var (index, diagnostics) = Prepare(site);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        // Its own date orders it: the automatic week 19 is dated by its newest article, 9 May.
        Assert.Equal(["2024-w19", "woche-18"], index.Editions.Select(e => e.Slug));
        var written = index.Editions[1];
        Assert.False(written.Automatic);
        Assert.Equal("sicherheit", written.Sections[0].Topic!.Slug);
        Assert.Equal(["Ostflanke"], written.Sections[0].Articles.Select(a => a.Article.Title));
    }

    [Fact]
    public void An_articles_list_keeps_the_editors_order_with_file_names_or_slugs()
    {
        using var site = Site("editions: none\n");
        site.File("editions/auswahl.md", "---\ntitle: Auswahl\ndate: 2024-05-10\narticles:\n  - 2024-05-09-strom.md\n  - gas\n---\n");
        var (index, diagnostics) = Prepare(site);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        var edition = Assert.Single(index.Editions);
        Assert.Equal(["Strom", "Gas"], edition.Articles.Select(a => a.Article.Title));
    }

    [Fact]
    public void Unknown_articles_and_topics_are_located_errors()
    {
        using var site = Site();
        site.File("editions/kaputt.md", "---\ntitle: K\ndate: 2024-05-10\narticles:\n  - gibts-nicht.md\nsections: [wetter]\n---\n");
        var (_, diagnostics) = Prepare(site);

        var article = Assert.Single(diagnostics, d => d.IsError && d.Message.Contains("'gibts-nicht.md' does not exist"));
        Assert.Equal(("input/editions/kaputt.md", 5, 5), (Norm(article.Path), article.Line, article.Column));
        var topic = Assert.Single(diagnostics, d => d.IsError && d.Message.Contains("section 'wetter' is no topic"));
        Assert.Equal(6, topic.Line);
    }

    [Fact]
    public void Overlapping_written_periods_are_a_warning()
    {
        using var site = Site();
        site.File("editions/a.md", "---\ntitle: A\ndate: 2024-05-06\nperiod: 2024-W18\n---\n")
            .File("editions/b.md", "---\ntitle: B\ndate: 2024-05-06\nperiod: 2024-05-02..2024-05-08\n---\n");
        var (index, diagnostics) = Prepare(site);

        var warning = Assert.Single(diagnostics, d => d.Message.Contains("overlaps"));
        Assert.False(warning.IsError);
        Assert.EndsWith("editions/b.md", Norm(warning.Path));
        Assert.Equal(4, warning.Line);
        Assert.Equal(2, index.Editions.Count(e => e.Articles.Any(a => a.Article.Title == "Ostflanke")));
    }

    [Fact]
    public void Without_editions_setting_or_files_a_site_has_no_editions()
    {
        using var site = Site("");
        var (index, _) = Prepare(site);
        Assert.Empty(index.Editions);
    }

    private static string Norm(string path)
    {
        var i = path.IndexOf("input/", StringComparison.Ordinal);
        return i >= 0 ? path[i..] : path;
    }
}
