using Digest.Site.Loading;
using Digest.Site.Output;
using Digest.Site.Output.Search;
using Digest.Site.Rendering;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Caching;

/// <summary>
/// Every cache file of one build, opened and saved here and nowhere else: the build cache (articles and their rendered
/// bodies), the page cache (pages, feeds and search scripts) and the search-terms cache. The phases see only the memos
/// they declare (<see cref="IArticleMemo"/>, <see cref="IBodyMemo"/>, <see cref="IPageMemo"/>, <see cref="IOutputReuse"/>,
/// <see cref="ISearchTermsMemo"/>); with caching off (<see cref="Off"/>) those remember nothing and the build runs the same code.
/// </summary>
internal sealed class BuildCaches
{
    private readonly BuildCache? _articles;
    private readonly string? _context;
    private readonly LiveBuildCache? _live;
    private readonly bool _dryRun;
    private Task<string?>? _articlesSaving;
    private PageCache? _pages;

    private BuildCaches(BuildCache? articles, string? context, LiveBuildCache? live, bool dryRun)
    {
        _articles = articles;
        _context = context;
        _live = live;
        _dryRun = dryRun;
        Articles = articles is null ? NoArticleMemo.Instance : new ArticleMemo(articles);
        Bodies = articles is null ? NoBodyMemo.Instance : new BodyMemo(articles);
    }

    /// <summary>No cache files: memos that remember nothing (<c>--no-cache</c>).</summary>
    public static BuildCaches Off => new(null, null, null, dryRun: true);

    /// <summary>True when this build reads and writes cache files.</summary>
    public bool On => _articles is not null;

    /// <summary>Loading's memo: articles parsed by earlier builds.</summary>
    public IArticleMemo Articles { get; }

    /// <summary>The Markdown phase's memo: bodies rendered by earlier builds.</summary>
    public IBodyMemo Bodies { get; }

    /// <summary>The build cache itself, for reports and tests; null when caching is off.</summary>
    internal BuildCache? ArticleCache => _articles;

    /// <summary>
    /// Opens the build cache for <paramref name="options"/> (<paramref name="layers"/>: its theme folders): continued in memory
    /// from the last build of <paramref name="live"/> when there is one for the same file and context, read from its file
    /// otherwise. Caching off gives <see cref="Off"/>.
    /// </summary>
    public static BuildCaches Open(BuildOptions options, IReadOnlyList<string> layers, LiveBuildCache? live = null)
    {
        if (CacheContext.FileFor(options) is not { } file)
        {
            return Off;
        }
        var context = CacheContext.Compute(options, layers);
        var articles = live is not null ? live.Open(file, context) : BuildCache.Open(file, context);
        return new BuildCaches(articles, context, live, options.DryRun);
    }

    /// <summary>
    /// Says that the Markdown phase is over: nothing changes the build cache after it. A build writes it while its pages
    /// render (mostly waiting on the file system, so it hardly slows them; see <see cref="WaitForArticlesSaved"/>); a live
    /// cache writes it later, off the path between an edit and the page showing it; a dry run does not write it.
    /// </summary>
    public void ArticlesDone()
    {
        if (_articles is null)
        {
            return;
        }
        if (_live is not null)
        {
            _live.Used(_articles);
        }
        else if (!_dryRun)
        {
            var articles = _articles;
            _articlesSaving = Task.Run(() => articles.Save());
        }
    }

    /// <summary>Waits until the build cache is written; returns why writing it failed (null when it worked or was not tried).</summary>
    public string? WaitForArticlesSaved() => _articlesSaving?.GetAwaiter().GetResult();

    /// <summary>Opens the page cache for pages written into <paramref name="outputDir"/> (<paramref name="inputs"/>: the tokens of this build's page inputs, if known); pages and generated files are then kept through <see cref="Pages"/> and <see cref="Reuse"/>.</summary>
    public void OpenPages(string outputDir, PageInputs? inputs = null)
    {
        if (_articles is not null)
        {
            _pages = PageCache.Open(PageCache.FileBeside(_articles.File), _context!, outputDir);
            _pages.UseInputs(inputs);
        }
    }

    /// <summary>Page rendering's memo (after <see cref="OpenPages"/>; before, or with caching off, it remembers nothing).</summary>
    public IPageMemo Pages => _pages is null ? NoPageMemo.Instance : _pages;

    /// <summary>The generators' memo of the files they made (after <see cref="OpenPages"/>; before, or with caching off, it keeps nothing).</summary>
    public IOutputReuse Reuse => _pages is null ? NoOutputReuse.Instance : _pages;

    /// <summary>
    /// The search index's memo, read from its file when asked for (so a build without search never reads it); written as
    /// soon as the build's terms are known, except in a dry run.
    /// </summary>
    public ISearchTermsMemo OpenSearchTerms()
    {
        if (_articles is null)
        {
            return new NoSearchTermsMemo();
        }
        // Keyed by the context this build already computed (hashing the theme and settings files again would read them twice).
        return new SearchTermsMemo(SearchTermsCache.Open(SearchTermsCache.FileBeside(_articles.File), _context!), save: !_dryRun);
    }

    /// <summary>
    /// Writes the page cache, after the output was committed (it records the files' final modification times). Failing
    /// to write never fails a build: returns the reason instead.
    /// </summary>
    public string? SaveAfterOutput() => _dryRun ? null : _pages?.Save();

    /// <summary>Every cache file this build reads and writes (absolute paths); none with caching off.</summary>
    public IReadOnlyList<string> Files() => _articles is null ? []
        : [_articles.File, BodyStore.FileBeside(_articles.File), PageCache.FileBeside(_articles.File), SearchTermsCache.FileBeside(_articles.File)];

    /// <summary>How this build used its caches, with <paramref name="saveProblem"/>; null with caching off.</summary>
    public CacheReport? Report(string? saveProblem) => _articles is null ? null
        : new CacheReport(_articles.File, _articles.Hits, _articles.Misses, _articles.IgnoredBecause, saveProblem, _pages?.Reused ?? 0, _pages?.Rendered ?? 0);
}
