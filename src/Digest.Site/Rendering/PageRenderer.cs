using Digest.Core.Diagnostics;
using Digest.Site.Indexing;
using Digest.Site.Rendering.Markdown;
using Digest.Site.Rendering.Theme;
using Digest.Site.Rendering.ViewModels;
using Fluid;

namespace Digest.Site.Rendering;

/// <summary>
/// Renders every HTML page of the site (home, articles, topics, experts, archive) into the output set.
/// Each page renders its kind's template, then <c>layouts/base.liquid</c> around it.
/// </summary>
internal sealed class PageRenderer(SiteIndex index, TemplateEngine engine, UiStrings strings, ViewModelFactory views, IReadOnlyList<RenderedBody?> bodies)
{
    /// <summary>Feed links for a page (filled in by the feed generator); by default none.</summary>
    public Func<string, string?, IReadOnlyList<FeedLinkView>> FeedLinks { get; init; } = static (_, _) => [];

    /// <summary>Pages of the last build, kept when their data is unchanged; by default every page is rendered.</summary>
    public IPageMemo Memo { get; init; } = NoPageMemo.Instance;

    /// <summary>The view models of the editions; null for a site rendered without them.</summary>
    public Editions.EditionViews? Editions { get; init; }

    /// <summary>The view models the pages are made from (generators show the same cards).</summary>
    public ViewModelFactory Views => views;

    /// <summary>Renders every page into <paramref name="output"/>, in parallel.</summary>
    public void RenderAll(IPageSink output, DiagnosticBag diagnostics)
    {
        var jobs = Jobs();
        // The biggest pages (archive, expert lists) were queued last; starting them first keeps both cores busy to the end.
        jobs.Reverse();
        Parallel.ForEach(jobs, job =>
        {
            // A page made from what it was made from last time is kept before its view model is built.
            if (!Memo.KeepUnaffected(job.Path, output))
            {
                job.Render(output, diagnostics);
            }
        });
    }

    /// <summary>One job per page of the site, each rendering its page into the output set and diagnostics it is given.</summary>
    public List<PageJob> Jobs()
    {
        var jobs = new List<PageJob>();
        var perPage = index.Settings.PerPage;

        var pages = Paginator.PageCount(index.Articles.Count, perPage);
        for (var n = 1; n <= pages; n++)
        {
            var number = n;
            var path = Paginator.PagePath(string.Empty, number);
            jobs.Add(new PageJob(path, (output, diagnostics) =>
            {
                var title = number == 1 ? index.Settings.Title : $"{index.Settings.Title} – {strings.Get("page")} {number}";
                RenderPage("home", path, title, index.Settings.Description, FeedLinks("home", null), output, diagnostics,
                    Value("articles", views.Cards(Paginator.Slice(index.Articles, perPage, number))),
                    Value("pager", Pager(string.Empty, number, pages)),
                    Value("edition", number == 1 ? global::Digest.Site.Rendering.Editions.EditionPages.Latest(index, Editions) : null));
            }));
        }

        foreach (var entry in index.Articles)
        {
            jobs.Add(new PageJob(entry.OutputPath, (output, diagnostics) =>
            {
                var body = bodies[entry.Index];
                if (body is null)
                {
                    return;
                }
                var article = views.Article(entry, body);
                RenderPage("article", entry.OutputPath, entry.Article.Title, article.Summary, FeedLinks("article", null), output, diagnostics,
                    Value("article", article));
            }));
        }

        jobs.Add(new PageJob("topics/index.html", (output, diagnostics) =>
        {
            var topics = new List<TopicSummaryView>(index.Topics.Count);
            foreach (var topic in index.Topics)
            {
                topics.Add(views.Topic(topic));
            }
            RenderPage("topics", "topics/index.html", strings.Get("topics"), null, FeedLinks("topics", null), output, diagnostics, Value("topics", topics));
        }));
        foreach (var topic in index.Topics)
        {
            var topicPages = Paginator.PageCount(topic.Articles.Count, perPage);
            var summary = views.Topic(topic);
            for (var n = 1; n <= topicPages; n++)
            {
                var number = n;
                var basePath = $"topics/{topic.Slug}/";
                jobs.Add(new PageJob(Paginator.PagePath(basePath, number), (output, diagnostics) =>
                {
                    var title = number == 1 ? topic.Label : $"{topic.Label} – {strings.Get("page")} {number}";
                    RenderPage("topic", Paginator.PagePath(basePath, number), title, topic.Description, FeedLinks("topic", topic.Slug), output, diagnostics,
                        Value("topic", summary),
                        Value("articles", views.Cards(Paginator.Slice(topic.Articles, perPage, number))),
                        Value("pager", Pager(basePath, number, topicPages)));
                }));
            }
        }

        jobs.Add(new PageJob("experts/index.html", (output, diagnostics) =>
        {
            var experts = new List<ExpertSummaryView>(index.Experts.Count);
            foreach (var expert in index.Experts)
            {
                experts.Add(views.Expert(expert));
            }
            RenderPage("experts", "experts/index.html", strings.Get("experts"), null, FeedLinks("experts", null), output, diagnostics, Value("experts", experts));
        }));
        foreach (var expert in index.Experts)
        {
            jobs.Add(new PageJob(expert.OutputPath, (output, diagnostics) =>
            {
                var profile = views.Expert(expert);
                RenderPage("expert", expert.OutputPath, expert.Name, JoinRole(profile), FeedLinks("expert", expert.Slug), output, diagnostics,
                    Value("expert", profile),
                    Value("quotes", views.Quotes(expert)),
                    Value("articles", views.Cards(expert.Articles)));
            }));
        }

        jobs.Add(new PageJob("archive/index.html", (output, diagnostics) =>
        {
            RenderPage("archive", "archive/index.html", strings.Get("archive"), null, FeedLinks("archive", null), output, diagnostics,
                Value("years", views.Archive()),
                Value("count", index.Articles.Count));
        }));

        if (Editions is not null)
        {
            global::Digest.Site.Rendering.Editions.EditionPages.AddJobs(jobs, index, this, Editions, strings);
        }
        return jobs;
    }

    /// <summary>
    /// Renders one page whose template sees exactly <paramref name="values"/> (besides site, strings and page), or
    /// keeps the last build's file when the page memo knows the page showed the same data.
    /// </summary>
    internal void RenderPage(string kind, string path, string title, string? description, IReadOnlyList<FeedLinkView> feeds,
        IPageSink output, DiagnosticBag diagnostics, params KeyValuePair<string, object?>[] values)
    {
        if (Memo.TryKeep(kind, path, title, description, feeds, values, output, out var shown))
        {
            return;
        }
        var writer = Utf8PageWriter.ForThisThread();
        var rendered = RenderInto(writer, kind, path, title, description, feeds, diagnostics, ctx =>
        {
            foreach (var (name, value) in values)
            {
                ctx.SetValue(name, value);
            }
        });
        if (!rendered)
        {
            return;
        }
        var bytes = writer.Finish();
        output.Add(path, bytes);
        if (shown is not null)
        {
            Memo.Rendered(path, shown, bytes, output);
        }
    }

    internal static KeyValuePair<string, object?> Value(string name, object? value) => new(name, value);

    /// <summary>Renders one page of <paramref name="kind"/> into <paramref name="path"/>, wrapped in the base layout.</summary>
    public void Render(string kind, string path, string title, string? description, IReadOnlyList<FeedLinkView> feeds,
        IPageSink output, DiagnosticBag diagnostics, Action<TemplateContext> fill)
    {
        var writer = Utf8PageWriter.ForThisThread();
        if (RenderInto(writer, kind, path, title, description, feeds, diagnostics, fill))
        {
            output.Add(path, writer.Finish());
        }
    }

    /// <summary>
    /// Writes the page's HTML into <paramref name="writer"/>: the kind's template as a string (the base layout shows it as
    /// <c>content</c>), the layout straight into the writer. False when a template failed (the failure is in
    /// <paramref name="diagnostics"/>).
    /// </summary>
    private bool RenderInto(Utf8PageWriter writer, string kind, string path, string title, string? description, IReadOnlyList<FeedLinkView> feeds,
        DiagnosticBag diagnostics, Action<TemplateContext> fill)
    {
        var root = Links.RootPrefix(path);
        var context = new TemplateContext(engine.Options);
        context.SetValue("site", views.Site);
        context.SetValue("t", strings.Strings);
        context.SetValue("root", root);
        var canonical = index.Settings.BaseUrl is { } baseUrl ? baseUrl + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path) : null;
        context.SetValue("page", new PageView(kind, title, path, root, index.Settings.Language, description, canonical, feeds));
        fill(context);
        // The inner template goes into this thread's second writer and the layout copies its bytes: no string of it.
        var inner = Utf8PageWriter.InnerForThisThread();
        if (!engine.RenderTo(kind, context, inner, diagnostics))
        {
            return false;
        }
        context.SetValue("content", new HtmlFragmentValue(inner.FinishMemory()));
        return engine.RenderTo("base", context, writer, diagnostics);
    }

    /// <summary>Listings with at most this many pages link every page from each page.</summary>
    public const int PagerAllPagesUpTo = 11;

    /// <summary>Longer listings link the first and last page and this many pages on each side of the current one.</summary>
    public const int PagerWindow = 4;

    /// <summary>
    /// The pager of a listing whose first page is <c>{basePath}index.html</c>. Long listings get a window of page
    /// links, not all of them: linking every page from every page grows with the square of the page count.
    /// </summary>
    public static PagerView Pager(string basePath, int current, int total)
    {
        var all = total <= PagerAllPagesUpTo;
        var links = new List<PagerLinkView>(all ? total : 2 * PagerWindow + 3);
        for (var n = 1; n <= total; n++)
        {
            if (all || n == 1 || n == total || Math.Abs(n - current) <= PagerWindow)
            {
                links.Add(new PagerLinkView(n, Paginator.PagePath(basePath, n), n == current));
            }
        }
        return new PagerView(
            current,
            total,
            current > 1 ? Paginator.PagePath(basePath, current - 1) : null,
            current < total ? Paginator.PagePath(basePath, current + 1) : null,
            links);
    }

    private static string? JoinRole(ExpertSummaryView expert) =>
        (expert.Role, expert.Org) switch
        {
            (null, null) => null,
            ({ } r, null) => r,
            (null, { } o) => o,
            ({ } r, { } o) => $"{r}, {o}",
        };
}
