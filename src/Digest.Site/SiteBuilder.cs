using System.Diagnostics;
using Digest.Core.Diagnostics;
using Digest.Site.Caching;
using Digest.Site.Indexing;
using Digest.Site.Loading;
using Digest.Site.Output;
using Digest.Site.Rendering;
using Digest.Site.Rendering.Markdown;
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
    internal static IReadOnlyList<IOutputGenerator> Generators { get; } =
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
        var (clock0, timer0) = (Stopwatch.StartNew(), new PhaseTimer());
        // Before anything is loaded: when no input, setting, theme file or output file changed since the last build, there is
        // nothing to do. Otherwise this snapshot of the input is what the build's own record will hold.
        var layers = options.ThemeLayers();
        var unchanged = Refuse(options, layers) is null ? UnchangedBuild.Check(options, layers) : null;
        if (unchanged?.Record is not null)
        {
            timer0.Lap("unchanged");
            return Finish(unchanged.Result(CacheContext.FileFor(options)!), clock0, timer0);
        }
        if (unchanged is not null)
        {
            timer0.Lap("unchanged?");
        }
        var preparation = Prepare(options, timer: timer0, clock: clock0, listed: unchanged?.Inputs is { } inputs ? ListedFiles.Under(inputs, options.InputDir, "articles", ".md") : null);
        if (preparation.Site is not { } prepared)
        {
            return new BuildResult { Diagnostics = [], Refusal = preparation.Refusal, Elapsed = preparation.Clock.Elapsed };
        }
        var (clock, timer, diagnostics, caches) = (prepared.Clock, prepared.Timer, prepared.Diagnostics, prepared.Caches);

        OutputSet? output = null;
        if (prepared.Ready)
        {
            if (!options.DryRun && OutputFolder.CheckOwnership(options.OutputDir) is { } ownership)
            {
                return Finish(Partial(prepared, prepared.WaitForCacheSave()) with { Success = false, Refusal = ownership }, clock, timer);
            }
            // A real build streams its files into the output folder as they render (staged beside the files they
            // replace); nothing there changes until the whole build has succeeded.
            output = options.DryRun ? new OutputSet() : OutputSet.Staged(options.OutputDir);
            try
            {
                caches.OpenPages(options.OutputDir, caches.On ? PageInputs.Of(prepared.Index, prepared.Bodies) : null);
                var pages = prepared.CreatePages(caches.Pages);
                pages.RenderAll(output, diagnostics);
                timer.Lap("pages");
                Generate(prepared, pages, Generators, output, diagnostics, timer, caches.Reuse);
            }
            catch
            {
                output.Abort();
                prepared.WaitForCacheSave();
                throw;
            }
        }

        // The build cache was saved while the pages rendered; a failed save only costs the next build time.
        var cacheProblem = prepared.WaitForCacheSave();
        var result = Partial(prepared, cacheProblem) with { Output = output, Files = output?.Count ?? 0 };
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
        // Saved after the commit: the page cache and the build record hold the files' final modification times.
        cacheProblem ??= caches.SaveAfterOutput();
        var built = result with
        {
            Written = write.Written,
            Unchanged = write.Unchanged,
            Removed = write.Removed,
            Cache = caches.Report(cacheProblem),
        };
        unchanged?.Save(options, prepared.Content, built, output, caches.Files());
        timer.Lap("write");
        return Finish(built, clock, timer);
    }

    /// <summary>
    /// Loads, indexes and renders the Markdown of the site: everything up to the pages. Refused before anything is read
    /// when a folder cannot be used; otherwise errors are in the prepared site's diagnostics and
    /// <see cref="PreparedSite.Ready"/> says whether pages can be rendered. <paramref name="timer"/> and <paramref name="clock"/> continue those of a caller that did work before. <paramref name="live"/> keeps the build cache in
    /// memory between the builds of one process (<c>digest serve</c>), which then writes it itself, even in a dry run.
    /// <paramref name="listed"/> are the articles as the check of the last build's record listed the input, so loading need not list them again.
    /// </summary>
    internal static Preparation Prepare(BuildOptions options, LiveBuildCache? live = null, PhaseTimer? timer = null, Stopwatch? clock = null,
        IReadOnlyList<SourceFile>? listed = null)
    {
        clock ??= Stopwatch.StartNew();
        timer ??= new PhaseTimer();
        var diagnostics = new DiagnosticBag();
        var layers = options.ThemeLayers();

        if (Refuse(options, layers) is { } refusal)
        {
            return Preparation.Refused(refusal, clock, timer);
        }

        // The theme's templates compile on another core while the articles load: a small site's build is short enough
        // for that to show.
        var themeTask = Task.Run(() =>
        {
            var theme = new ThemeFiles(layers);
            return (Theme: theme, Templates: new TemplateEngine(theme, diagnostics));
        });
        var caches = BuildCaches.Open(options, layers, live);
        if (caches.On)
        {
            // Reading the cache is its own phase in --timings: on a large site it is much of a rebuild.
            timer.Lap("cache");
        }
        var (content, index) = IndexLoaded(ContentLoader.Load(options.InputDir, diagnostics, caches.Articles, listed: listed), options, diagnostics, timer);

        var (theme, templates) = themeTask.GetAwaiter().GetResult();
        var strings = UiStrings.Load(theme, index.Settings.Language, diagnostics);
        index = WithEditions(index, content, options, strings, diagnostics);
        var bodies = BodyRenderer.RenderAll(index, content.Bodies, diagnostics, caches.Bodies, out var links);
        var introductions = Rendering.Editions.EditionIntroductions.RenderAll(index, diagnostics);
        timer.Lap("markdown");
        caches.ArticlesDone();
        return Preparation.Of(new PreparedSite
        {
            Options = options, Clock = clock, Timer = timer, Diagnostics = diagnostics, Content = content, Index = index, Caches = caches,
            Theme = theme, Templates = templates, Strings = strings, Bodies = bodies, EditionIntroductions = introductions, Links = links,
        });
    }

    /// <summary>
    /// Runs <paramref name="generators"/> in order over a prepared site whose pages render through <paramref name="pages"/>;
    /// <paramref name="reuse"/> keeps the generated files of the last build that would come out the same.
    /// </summary>
    internal static void Generate(PreparedSite prepared, PageRenderer pages, IEnumerable<IOutputGenerator> generators, OutputSet output,
        DiagnosticBag diagnostics, PhaseTimer? timer = null, IOutputReuse? reuse = null)
    {
        var site = new RenderedSite(prepared.Options, prepared.Index, prepared.Bodies, prepared.Theme, prepared.Templates, prepared.Strings, pages.Views, pages,
            reuse ?? NoOutputReuse.Instance, prepared.Caches.OpenSearchTerms);
        foreach (var generator in generators)
        {
            generator.Generate(site, output, diagnostics);
            // One phase per generator: after page reuse, the feeds and the search index are what a rebuild spends time on.
            timer?.Lap(generator.GetType().Name.Replace("Generator", string.Empty, StringComparison.Ordinal).ToLowerInvariant());
        }
    }

    private static BuildResult Partial(PreparedSite prepared, string? cacheProblem) => new()
    {
        Diagnostics = prepared.Diagnostics.Sorted(),
        Success = !prepared.Diagnostics.HasErrors,
        Articles = prepared.Index.Articles.Count,
        Cache = prepared.Caches.Report(cacheProblem),
        Content = prepared.Content,
        Index = prepared.Index,
    };

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

    /// <summary>
    /// <paramref name="content"/> with the options' base URL in its settings, and its index with lead images resolved
    /// (ending the "load" and "index" laps): the same for a build and for the version <c>digest serve</c> shows before it.
    /// </summary>
    internal static (SiteContent Content, SiteIndex Index) IndexLoaded(SiteContent content, BuildOptions options, DiagnosticBag diagnostics, PhaseTimer timer)
    {
        if (options.BaseUrl is { } baseUrl)
        {
            content = content with { Settings = content.Settings with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" } };
        }
        timer.Lap("load");
        var index = SiteIndexer.Index(content, options, diagnostics);
        LeadImageResolver.Resolve(index, options.InputDir, diagnostics);
        timer.Lap("index");
        return (content, index);
    }

    /// <summary>The index with its editions; they come after the UI strings, since an automatic edition is named in the site's language.</summary>
    internal static SiteIndex WithEditions(SiteIndex index, SiteContent content, BuildOptions options, UiStrings strings, DiagnosticBag diagnostics) =>
        index with { Editions = Indexing.Editions.EditionIndexer.Index(index, content, options, p => Rendering.Editions.EditionText.AutoTitle(p, strings), diagnostics) };
}
