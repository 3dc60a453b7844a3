using System.Diagnostics;
using Digest.Core.Diagnostics;
using Digest.Site.Caching;
using Digest.Site.Indexing;
using Digest.Site.Loading;
using Digest.Site.Output;
using Digest.Site.Rendering;
using Digest.Site.Rendering.Theme;

namespace Digest.Site;

/// <summary>
/// The build flow: load → index → render → write. Each phase lives in its own folder; this type only
/// sequences them and stops before writing anything if any phase reported an error.
/// </summary>
public static class SiteBuilder
{
    /// <summary>
    /// Generators run after the pages, in this order: the site's own files first (so an input file at the same
    /// path is reported and ignored), then static files, then the sitemap and robots.txt, which list what exists.
    /// </summary>
    public static IReadOnlyList<IOutputGenerator> Generators { get; } =
    [
        new Output.Search.SearchGenerator(),
        new Output.Feeds.FeedGenerator(),
        new Output.Editions.EditionFeedGenerator(),
        new Output.Editions.EditionFilesGenerator(),
        new Output.Hosting.NotFoundPageGenerator(),
        new Output.Hosting.NoJekyllGenerator(),
        new StaticFilesGenerator(),
        new Output.Sitemap.SitemapGenerator(),
        new Output.Sitemap.RobotsGenerator(),
    ];

    public static BuildResult Build(BuildOptions options)
    {
        var prepared = Prepare(options);
        var (clock, timer, diagnostics) = (prepared.Clock, prepared.Timer, prepared.Diagnostics);
        if (prepared.Refusal is { } refusal)
        {
            return new BuildResult { Diagnostics = [], Refusal = refusal, Elapsed = clock.Elapsed };
        }
        var (index, content, cache, cacheFile) = (prepared.Index!, prepared.Content!, prepared.Cache, prepared.CacheFile);

        OutputSet? output = null;
        PageCache? pageCache = null;
        if (prepared.Ready)
        {
            if (!options.DryRun && OutputWriter.CheckOwnership(options.OutputDir) is { } ownership)
            {
                return Finish(Partial(diagnostics, index, content, cache, prepared.CacheProblem, null) with { Success = false, Refusal = ownership }, clock, timer);
            }
            // A real build streams its files into the output folder as they render (staged beside the files they
            // replace); nothing there changes until the whole build has succeeded.
            output = options.DryRun ? new OutputSet() : OutputSet.Staged(options.OutputDir);
            try
            {
                pageCache = cacheFile is null ? null : PageCache.Open(PageCache.FileBeside(cacheFile), prepared.CacheContext!, options.OutputDir);
                var pages = prepared.CreatePages(pageCache);
                pages.RenderAll(output, diagnostics);
                timer.Lap("pages");
                Generate(prepared, pages, Generators, output, diagnostics, timer);
            }
            catch
            {
                output.Abort();
                _ = prepared.CacheProblem;
                throw;
            }
        }

        // The build cache was saved while the pages rendered; a failed save only costs the next build time.
        var cacheProblem = prepared.CacheProblem;
        var result = Partial(diagnostics, index, content, cache, cacheProblem, pageCache) with { Output = output, Files = output?.Count ?? 0 };
        if (!result.Success || options.DryRun || output is null)
        {
            output?.Abort();
            return Finish(result, clock, timer);
        }
        if (output.Problem is { } problem)
        {
            output.Abort();
            return Finish(result with { Success = false, Refusal = Diagnostic.Refusal(DiagnosticCodes.OutputWriteFailed, problem) }, clock, timer);
        }

        var write = output.Commit();
        // Saved after the commit: the page cache records the files' final modification times.
        if (pageCache is not null)
        {
            cacheProblem ??= pageCache.Save();
        }
        timer.Lap("write");
        return Finish(result with
        {
            Written = write.Written,
            Unchanged = write.Unchanged,
            Removed = write.Removed,
            Cache = Report(cache, cacheProblem, pageCache),
        }, clock, timer);
    }

    /// <summary>
    /// Loads, indexes and renders the Markdown of the site: everything up to the pages. Errors are in the result's
    /// diagnostics; <see cref="PreparedSite.Ready"/> says whether pages can be rendered.
    /// </summary>
    public static PreparedSite Prepare(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var timer = new PhaseTimer();
        var diagnostics = new DiagnosticBag();
        var layers = options.ThemeLayers();

        var refusal = Refuse(options, layers);
        if (refusal is not null)
        {
            return new PreparedSite { Options = options, Clock = clock, Timer = timer, Diagnostics = diagnostics, Refusal = refusal };
        }

        // The theme's templates compile on another core while the articles load: a small site's build is short enough
        // for that to show.
        var themeTask = Task.Run(() =>
        {
            var theme = new ThemeFiles(layers);
            return (Theme: theme, Templates: new TemplateEngine(theme, diagnostics));
        });
        var cacheFile = CacheContext.FileFor(options);
        var cacheContext = cacheFile is null ? null : CacheContext.Compute(options, layers);
        var cache = cacheFile is null ? null
            : options.LiveCache is { } live ? live.Open(cacheFile, cacheContext!)
            : BuildCache.Open(cacheFile, cacheContext!);
        if (cache is not null)
        {
            // Reading the cache is its own phase in --timings: on a large site it is much of a rebuild.
            timer.Lap("cache");
        }
        var content = ContentLoader.Load(options.InputDir, diagnostics, cache);
        if (options.BaseUrl is { } baseUrl)
        {
            content = content with { Settings = content.Settings with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" } };
        }
        timer.Lap("load");

        var index = SiteIndexer.Index(content, options, diagnostics);
        LeadImageResolver.Resolve(index, options.InputDir, diagnostics);
        timer.Lap("index");

        var (theme, templates) = themeTask.GetAwaiter().GetResult();
        var strings = UiStrings.Load(theme, index.Settings.Language, diagnostics);
        // Editions come after the UI strings: an automatic edition is named in the site's language.
        index = index with { Editions = Indexing.Editions.EditionIndexer.Index(index, content, options, p => Rendering.Editions.EditionText.AutoTitle(p, strings), diagnostics) };
        var bodies = CachedBodyRenderer.RenderAll(index, diagnostics, cache);
        var introductions = Rendering.Editions.EditionIntroductions.RenderAll(index, diagnostics);
        timer.Lap("markdown");
        Task<string?>? cacheSaving = null;
        if (cache is not null && options.LiveCache is { } liveCache)
        {
            // Saved later, off the path between an edit and the page showing it.
            liveCache.Used(cache);
        }
        else if (cache is not null && !options.DryRun)
        {
            // Nothing changes the cache after this point: it is written while the pages render (mostly waiting on the
            // file system, so it hardly slows them), and the build waits for it before it ends.
            cacheSaving = Task.Run(() => cache.Save());
        }
        return new PreparedSite
        {
            Options = options, Clock = clock, Timer = timer, Diagnostics = diagnostics,
            Content = content, Index = index, Cache = cache, CacheFile = cacheFile, CacheContext = cacheContext, CacheSaving = cacheSaving,
            Theme = theme, Templates = templates, Strings = strings, Bodies = bodies, EditionIntroductions = introductions,
        };
    }

    /// <summary>Runs <paramref name="generators"/> in order over a prepared site whose pages render through <paramref name="pages"/>.</summary>
    public static void Generate(PreparedSite prepared, PageRenderer pages, IEnumerable<IOutputGenerator> generators, OutputSet output,
        DiagnosticBag diagnostics, PhaseTimer? timer = null)
    {
        var site = new RenderedSite(prepared.Options, prepared.Index!, prepared.Bodies, prepared.Theme!, prepared.Templates!, prepared.Strings!, pages.Views, pages,
            prepared.CacheContext);
        foreach (var generator in generators)
        {
            generator.Generate(site, output, diagnostics);
            // One phase per generator: after page reuse, the feeds and the search index are what a rebuild spends time on.
            timer?.Lap(generator.GetType().Name.Replace("Generator", string.Empty, StringComparison.Ordinal).ToLowerInvariant());
        }
    }

    private static BuildResult Partial(DiagnosticBag diagnostics, SiteIndex index, SiteContent content, BuildCache? cache, string? cacheProblem, PageCache? pageCache) => new()
    {
        Diagnostics = diagnostics.Sorted(),
        Success = !diagnostics.HasErrors,
        Articles = index.Articles.Count,
        Cache = Report(cache, cacheProblem, pageCache),
        Content = content,
        Index = index,
    };

    private static CacheReport? Report(BuildCache? cache, string? cacheProblem, PageCache? pageCache) =>
        cache is null ? null : new CacheReport(cache.File, cache.Hits, cache.Misses, cache.IgnoredBecause, cacheProblem, pageCache?.Reused ?? 0, pageCache?.Rendered ?? 0);

    private static BuildResult Finish(BuildResult result, Stopwatch clock, PhaseTimer timer) =>
        result with { Elapsed = clock.Elapsed, Timings = timer.Wall, CpuTimings = timer.Cpu };

    private static Diagnostic? Refuse(BuildOptions options, IReadOnlyList<string> layers)
    {
        if (!Directory.Exists(options.InputDir))
        {
            return Diagnostic.Refusal(DiagnosticCodes.InputFolderMissing, $"input folder '{options.InputDir}' does not exist");
        }
        if (options.ThemeDir is not null && !Directory.Exists(options.ThemeDir))
        {
            return Diagnostic.Refusal(DiagnosticCodes.ThemeFolderMissing, $"theme folder '{options.ThemeDir}' does not exist");
        }
        if (!Directory.Exists(options.DefaultThemeDir))
        {
            return Diagnostic.Refusal(DiagnosticCodes.DefaultThemeMissing, $"the default theme was not found at '{options.DefaultThemeDir}'");
        }
        return options.DryRun ? null : FolderSafety.Check(options.OutputDir, options.InputDir, layers);
    }
}
