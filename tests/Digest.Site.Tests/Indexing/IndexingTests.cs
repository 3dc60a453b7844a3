using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Site.Indexing;
using Digest.Site.Loading;

namespace Digest.Site.Tests.Indexing;

public class IndexingTests
{
    private static Article A(string stem, string title, string date, string[]? topics = null, string[]? experts = null, string? slug = null, bool draft = false)
    {
        ArticleDate.TryParse(date, out var d, out _);
        return new Article
        {
            SourcePath = $"input/articles/{stem}.md",
            FileStem = stem,
            Title = title,
            Date = d,
            Topics = (topics ?? []).Select(t => new TopicRef(t, SourceSpan.None)).ToList(),
            Experts = (experts ?? []).Select(e => new ExpertRef(e, null, null, [], SourceSpan.None)).ToList(),
            Slug = slug,
            Draft = draft,
            Body = "x",
        };
    }

    private static SiteIndex Index(IReadOnlyList<Article> articles, IReadOnlyList<TopicDefinition>? topics = null, IReadOnlyList<ExpertDefinition>? experts = null, DiagnosticBag? bag = null, bool drafts = false)
    {
        var content = new SiteContent(new SiteSettings { Language = "de" }, topics ?? [], experts ?? [], articles, []);
        var options = new BuildOptions { InputDir = "in", OutputDir = "out", DefaultThemeDir = "theme", IncludeDrafts = drafts, Now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        return SiteIndexer.Index(content, options, bag ?? new DiagnosticBag());
    }

    [Fact]
    public void Orders_newest_first_and_links_neighbours()
    {
        var index = Index([A("a", "Alt", "2022-01-01"), A("c", "Neu", "2024-03"), A("b", "Mitte", "2023")]);
        Assert.Equal(["Neu", "Mitte", "Alt"], index.Articles.Select(a => a.Article.Title));
        Assert.Null(index.Articles[0].Newer);
        Assert.Equal("Mitte", index.Articles[0].Older!.Article.Title);
        Assert.Equal("Neu", index.Articles[1].Newer!.Article.Title);
    }

    [Fact]
    public void Excludes_drafts_and_future_articles_unless_asked()
    {
        var articles = new[] { A("a", "Jetzt", "2024-01-01"), A("b", "Entwurf", "2024-02-01", draft: true), A("c", "Zukunft", "2030-01-01") };
        Assert.Equal(["Jetzt"], Index(articles).Articles.Select(a => a.Article.Title));
        Assert.Equal(2, Index(articles, drafts: true).Articles.Count);
        Assert.Contains("c", Index(articles).UnpublishedStems);
    }

    [Fact]
    public void Slug_collisions_are_resolved_oldest_first_with_a_warning()
    {
        var bag = new DiagnosticBag();
        var index = Index([A("new", "Gleicher Titel", "2024-01-01"), A("old", "Gleicher Titel", "2023-01-01")], bag: bag);
        Assert.Equal("gleicher-titel", index.ArticlesByStem["old"].Slug);
        Assert.Equal("gleicher-titel-2", index.ArticlesByStem["new"].Slug);
        var warning = Assert.Single(bag.Sorted());
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("input/articles/new.md", warning.Path);
    }

    [Fact]
    public void Topics_resolve_by_slug_label_and_alias_and_unknown_ones_get_pages()
    {
        var defs = new[] { new TopicDefinition("suedkorea", "Südkorea", ["Seoul", "Südkoreas"], "Land", SourceSpan.None) };
        var index = Index([A("a", "A", "2024-01-01", ["Südkorea", "Ostsee-Politik"]), A("b", "B", "2024-01-02", ["seoul"]), A("c", "C", "2024-01-03", ["SUEDKOREA", "südkoreas"])], defs);
        var korea = Assert.Single(index.Topics, t => t.Slug == "suedkorea");
        Assert.Equal(3, korea.Articles.Count);
        Assert.Single(index.ArticlesByStem["c"].Topics);
        var unknown = Assert.Single(index.Topics, t => t.Slug == "ostsee-politik");
        Assert.Equal("Ostsee-Politik", unknown.Label);
        Assert.False(unknown.Defined);
    }

    [Fact]
    public void Experts_resolve_aliases_and_academic_titles()
    {
        var defs = new[] { new ExpertDefinition("Dr. Lena Marquardt", ["L. Marquardt"], "Fellow", "Institut", null, null, SourceSpan.None) };
        var index = Index([A("a", "A", "2024-01-01", experts: ["Lena Marquardt"]), A("b", "B", "2024-01-02", experts: ["L. Marquardt", "Jonas Feld"]), A("c", "C", "2024-01-03", experts: ["dr. lena marquardt"])], experts: defs);
        var lena = Assert.Single(index.Experts, e => e.Slug == "dr-lena-marquardt");
        Assert.Equal(3, lena.Articles.Count);
        Assert.Equal("Fellow", lena.Role);
        Assert.Contains(index.Experts, e => e.Name == "Jonas Feld" && !e.Defined);
    }

    [Fact]
    public void Related_articles_prefer_shared_experts_then_topics_then_recency()
    {
        var index = Index([
            A("x", "X", "2024-01-10", ["a", "b"], ["Eva Ek"]),
            A("expert", "Same expert", "2024-01-01", ["a"], ["Eva Ek"]),
            A("two", "Two topics", "2024-01-02", ["a", "b"]),
            A("one-new", "One topic new", "2024-01-05", ["a"]),
            A("one-old", "One topic old", "2024-01-03", ["a"]),
            A("none", "Unrelated", "2024-01-09", ["q"]),
        ]);
        var related = index.ArticlesByStem["x"].Related.Select(r => r.Article.FileStem).ToList();
        Assert.Equal(["expert", "two", "one-new", "one-old"], related);
    }

    [Fact]
    public void Paginator_names_pages_and_slices()
    {
        Assert.Equal("index.html", Paginator.PagePath("", 1));
        Assert.Equal("page/3/index.html", Paginator.PagePath("", 3));
        Assert.Equal("topics/x/page/2/index.html", Paginator.PagePath("topics/x/", 2));
        Assert.Equal(3, Paginator.PageCount(11, 5));
        Assert.Equal(1, Paginator.PageCount(0, 5));
        Assert.Equal([10, 11], Paginator.Slice(Enumerable.Range(0, 12).ToList(), 5, 3));
    }

    [Fact]
    public void Archive_groups_by_year_and_month_with_year_only_dates_last()
    {
        var index = Index([A("a", "A", "2023-05-02"), A("b", "B", "2023"), A("c", "C", "2023-11"), A("d", "D", "2022-01-01")]);
        var years = ArchiveGrouping.Group(index.Articles);
        Assert.Equal([2023, 2022], years.Select(y => y.Year));
        Assert.Equal([11, 5, 0], years[0].Months.Select(m => m.Month));
        Assert.Equal("B", years[0].Months[2].Articles[0].Article.Title);
    }
}
