using Digest.Core.Diagnostics;
using Digest.Site.Output;
using Digest.Site.Rendering;

namespace Digest.Site.Serving;

/// <summary>
/// The site as <c>digest serve</c> shows it: pages are rendered when they are first asked for, so an edit to one
/// article of a large digest is on screen as soon as it is loaded and indexed, not after every page has rendered again.
/// The cheap generated files (theme assets, error page) are made up front; search and feeds on first request; the
/// sitemap and robots.txt, which list every page, after all pages. <see cref="RenderRemaining"/> finishes the rest in
/// the background so every error still surfaces. Thread-safe.
/// </summary>
public sealed class LazySite
{
    private static readonly IOutputGenerator[] UpFront =
    [
        new Output.Hosting.NotFoundPageGenerator(),
        new Output.Hosting.NoJekyllGenerator(),
        new StaticFilesGenerator(),
    ];

    private static readonly IOutputGenerator[] OnRequest = [new Output.Search.SearchGenerator(), new Output.Feeds.FeedGenerator()];

    private static readonly IOutputGenerator[] AfterAllPages = [new Output.Sitemap.SitemapGenerator(), new Output.Sitemap.RobotsGenerator()];

    private readonly PreparedSite _prepared;
    private readonly PageRenderer _pages;
    private readonly Dictionary<string, PageJob> _jobs = new(StringComparer.Ordinal);
    private readonly OutputSet _pageFiles = new();
    private readonly OutputSet _generated = new();
    private readonly DiagnosticBag _problems = new();
    private readonly List<string> _upFront;
    private readonly Lazy<bool> _onRequest;
    private readonly Lazy<bool> _afterAllPages;

    internal LazySite(PreparedSite prepared)
        : this(prepared, null)
    {
    }

    /// <param name="prepared">What the pages are made from.</param>
    /// <param name="sameFilesAs">
    /// A served version whose up-front files (theme assets, input images and static files, error page) are this one's
    /// too, because only article bodies differ between them: they are taken from it instead of being read and made again.
    /// </param>
    internal LazySite(PreparedSite prepared, LazySite? sameFilesAs)
    {
        if (!prepared.Ready)
        {
            throw new ArgumentException("the site did not prepare without errors", nameof(prepared));
        }
        _prepared = prepared;
        _pages = prepared.CreatePages();
        foreach (var job in _pages.Jobs())
        {
            _jobs[job.Path] = job;
        }
        if (sameFilesAs is null)
        {
            SiteBuilder.Generate(prepared, _pages, UpFront, _generated, _problems);
            _upFront = _generated.SortedPaths();
        }
        else
        {
            foreach (var path in sameFilesAs._upFront)
            {
                _generated.Add(path, sameFilesAs._generated.Get(path)!);
            }
            _upFront = sameFilesAs._upFront;
        }
        _onRequest = new Lazy<bool>(() => Run(OnRequest), LazyThreadSafetyMode.ExecutionAndPublication);
        _afterAllPages = new Lazy<bool>(() =>
        {
            RenderPages(CancellationToken.None, -1);
            return Run(AfterAllPages);
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>What the pages are made from (a quick edit starts from it).</summary>
    internal PreparedSite Prepared => _prepared;

    /// <summary>How many articles the site has.</summary>
    public int Articles => _prepared.Index!.Articles.Count;

    /// <summary>How many pages the site has (feeds, search and theme files not counted).</summary>
    public int Pages => _jobs.Count;

    /// <summary>Errors found while rendering so far (a template that fails on some page).</summary>
    public IReadOnlyList<Diagnostic> Problems => _problems.Sorted();

    /// <summary>The bytes of <paramref name="path"/>, rendering it first if needed; null when the site has no such file or it failed to render.</summary>
    public byte[]? Get(string path)
    {
        if (_jobs.TryGetValue(path, out var job))
        {
            if (_pageFiles.Get(path) is { } page)
            {
                return page;
            }
            job.Render(_pageFiles, _problems);
            return _pageFiles.Get(path);
        }
        if (_generated.Get(path) is { } file)
        {
            return file;
        }
        _ = _onRequest.Value;
        if (_generated.Get(path) is { } generated)
        {
            return generated;
        }
        _ = _afterAllPages.Value;
        return _generated.Get(path);
    }

    /// <summary>Whether <paramref name="path"/> is one of the site's pages.</summary>
    public bool HasPage(string path) => _jobs.ContainsKey(path);

    /// <summary>The errors found while rendering so far, each once, at most <paramref name="max"/>.</summary>
    public List<Diagnostic> Errors(int max)
    {
        // A page that fails is tried again on every request, so the same error may be in the bag more than once.
        var errors = new List<Diagnostic>();
        var seen = new HashSet<Diagnostic>();
        foreach (var d in _problems.Sorted())
        {
            if (d.IsError && errors.Count < max && seen.Add(d))
            {
                errors.Add(d);
            }
        }
        return errors;
    }

    /// <summary>Whether the site has a file at <paramref name="path"/> (pages are known without rendering them).</summary>
    public bool Contains(string path) => _jobs.ContainsKey(path) || Get(path) is not null;

    /// <summary>
    /// Renders every page and generated file not asked for yet, so the errors they hide come out; on
    /// <paramref name="threads"/> threads, so a server can leave a core free for the pages being asked for.
    /// </summary>
    public void RenderRemaining(CancellationToken cancel, int threads = -1)
    {
        RenderPages(cancel, threads);
        if (cancel.IsCancellationRequested)
        {
            return;
        }
        _ = _onRequest.Value;
        _ = _afterAllPages.Value;
    }

    private void RenderPages(CancellationToken cancel, int threads)
    {
        var options = new ParallelOptions { CancellationToken = cancel, MaxDegreeOfParallelism = threads };
        try
        {
            Parallel.ForEach(_jobs.Values, options, job =>
            {
                if (!_pageFiles.Contains(job.Path))
                {
                    job.Render(_pageFiles, _problems);
                }
            });
        }
        catch (OperationCanceledException)
        {
            // A newer edit replaced this site.
        }
    }

    private bool Run(IEnumerable<IOutputGenerator> generators)
    {
        // Generators that list what exists (the sitemap) must see the pages as well as the generated files.
        var view = new OutputSet();
        foreach (var path in _pageFiles.SortedPaths())
        {
            view.Add(path, _pageFiles.Get(path)!);
        }
        foreach (var path in _generated.SortedPaths())
        {
            view.Add(path, _generated.Get(path)!);
        }
        var before = new HashSet<string>(view.SortedPaths(), StringComparer.Ordinal);
        SiteBuilder.Generate(_prepared, _pages, generators, view, _problems);
        foreach (var path in view.SortedPaths())
        {
            if (!before.Contains(path))
            {
                _generated.Add(path, view.Get(path)!);
            }
        }
        return true;
    }
}
