using Digest.Core.Model;
using Digest.Site.Indexing;
using Digest.Site.Rendering.Theme;
using Digest.Site.Rendering.ViewModels;

namespace Digest.Site.Rendering.Editions;

/// <summary>
/// The edition pages: <c>editions/&lt;slug&gt;/index.html</c> (template <c>edition</c>) and the list of editions, newest
/// first and paginated (<c>editions/index.html</c>, template <c>editions</c>). They go through the page memo like every
/// page, so an edited article renders again exactly the editions whose shown data it changes.
/// </summary>
internal static class EditionPages
{
    public const string ListFolder = "editions/";

    /// <summary>The edition's feeds, linked from the edition pages.</summary>
    public static readonly FeedLinkView[] FeedLinks =
    [
        new(FeedLinkView.AtomType, "Atom", ListFolder + "feed.xml"),
        new(FeedLinkView.JsonType, "JSON Feed", ListFolder + "feed.json"),
    ];

    /// <summary>The newest edition for the home page with <c>home: edition</c>; null otherwise.</summary>
    public static EditionView? Latest(SiteIndex index, EditionViews? editions) =>
        editions is not null && index.Settings.Home == HomeLayout.Edition && index.Editions.Count > 0 ? editions.Edition(index.Editions[0]) : null;

    public static void AddJobs(List<PageJob> jobs, SiteIndex index, PageRenderer pages, EditionViews editions, UiStrings strings)
    {
        if (index.Editions.Count == 0)
        {
            return;
        }
        var feeds = Feeds(index, strings, pages);
        var perPage = index.Settings.PerPage;
        var total = Paginator.PageCount(index.Editions.Count, perPage);
        for (var n = 1; n <= total; n++)
        {
            var number = n;
            var path = Paginator.PagePath(ListFolder, number);
            jobs.Add(new PageJob(path, (output, diagnostics) =>
            {
                var title = number == 1 ? strings.Get("editions") : $"{strings.Get("editions")} – {strings.Get("page")} {number}";
                pages.RenderPage("editions", path, title, null, feeds, output, diagnostics,
                    PageRenderer.Value("editions", pages.Views.EditionLinks(Paginator.Slice(index.Editions, perPage, number))),
                    PageRenderer.Value("pager", PageRenderer.Pager(ListFolder, number, total)));
            }));
        }
        foreach (var edition in index.Editions)
        {
            jobs.Add(new PageJob(edition.OutputPath, (output, diagnostics) =>
            {
                var view = editions.Edition(edition);
                pages.RenderPage("edition", edition.OutputPath, edition.Title, edition.Summary, feeds, output, diagnostics, PageRenderer.Value("edition", view));
            }));
        }
    }

    private static FeedLinkView[] Feeds(SiteIndex index, UiStrings strings, PageRenderer pages)
    {
        var own = new FeedLinkView[FeedLinks.Length];
        for (var i = 0; i < own.Length; i++)
        {
            own[i] = FeedLinks[i] with { Title = $"{strings.Get("editions")} – {index.Settings.Title} ({FeedLinks[i].Title})" };
        }
        return [.. own, .. pages.FeedLinks("editions", null)];
    }
}
