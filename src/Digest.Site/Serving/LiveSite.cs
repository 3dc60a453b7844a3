using System.Diagnostics;
using Digest.Core.Paths;

namespace Digest.Site.Serving;

/// <summary>
/// The site of <c>digest serve</c>, kept in memory and built again on request: each good build replaces the served
/// version (<see cref="Current"/>), a failed one keeps the last good version and records its problems. Pages render
/// when they are first asked for (see <see cref="LazySite"/>); the rest render in the background afterwards. It raises
/// an event for every outcome and leaves wording and transport to its host. Nothing is written to the output folder;
/// the build cache stays in memory and is written to its file when builds have been quiet for a moment.
/// </summary>
public sealed class LiveSite : IDisposable
{
    /// <summary>At most this many problem lines are kept and reported per build.</summary>
    public const int MaxProblems = 50;

    /// <summary>The reloading page asks for itself first; the background rendering waits this long and then leaves it a core.</summary>
    private static readonly TimeSpan BackgroundDelay = TimeSpan.FromMilliseconds(300);

    /// <summary>Quiet time after a rebuild before the build cache is written (a save of a large site's cache takes a core for a moment).</summary>
    private static readonly TimeSpan CacheSaveDelay = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Sites with at least this many articles are served first from their front matter (<see cref="ServeEarly"/>): below
    /// it the whole first build takes well under a second, and one version is simpler to follow.
    /// </summary>
    public const int EarlyFrom = 1000;

    private readonly BuildOptions _options;
    private readonly bool _timePhases;
    private readonly Caching.LiveBuildCache? _liveCache;
    private readonly CancellationTokenSource _stopped = new();
    private readonly int _earlyFrom;
    private ServedSite _site = ServedSite.Empty;
    private int _earlyVersion;
    private CancellationTokenSource? _finishing;
    private int _attempts;
    private bool _retried;
    private int _disposed;

    /// <param name="options">What to build; the output folder is never written.</param>
    /// <param name="timePhases">Whether <see cref="RebuildReport.Phases"/> is filled in.</param>
    /// <param name="earlyFrom">How many articles a site needs to be served early (see <see cref="EarlyFrom"/>).</param>
    public LiveSite(BuildOptions options, bool timePhases = false, int earlyFrom = EarlyFrom)
    {
        _earlyFrom = earlyFrom;
        // The cache stays in memory between rebuilds and is written to its file in the background, so the next
        // `digest build` finds it too.
        _liveCache = options.UseCache ? new Caching.LiveBuildCache(CacheSaveDelay) : null;
        _options = options with { DryRun = true };
        _timePhases = timePhases;
    }

    /// <summary>A build succeeded and its site is now served.</summary>
    public event Action<RebuildReport>? SiteRebuilt;

    /// <summary>A build failed; <see cref="Current"/> still serves the last good version with the new problems.</summary>
    public event Action<RebuildFailure>? SiteRebuildFailed;

    /// <summary>Pages of the served version failed to render in the background.</summary>
    public event Action<RenderFailure>? PagesFailedToRender;

    /// <summary>The site being served and the newest build's problems.</summary>
    public ServedSite Current => Volatile.Read(ref _site);

    /// <summary>The folders whose changes can change the site: the input folder and the theme layers outside it.</summary>
    public IReadOnlyList<string> SourceFolders()
    {
        var folders = new List<string> { Path.GetFullPath(_options.InputDir) };
        foreach (var layer in _options.ThemeLayers())
        {
            if (!FolderPaths.IsInside(folders[0], layer))
            {
                folders.Add(layer);
            }
        }
        return folders;
    }

    /// <summary>
    /// Builds the site again and serves it when it built. Returns true when the attempt stopped on an exception for
    /// the first time in a row (typically a file that vanished or was locked mid-save), so the caller should try once more.
    /// </summary>
    public bool Rebuild() => Rebuild(holdFailure: false) == RebuildOutcome.Retry;

    /// <summary>
    /// Builds the site again and serves it when it built. With <paramref name="holdFailure"/> a failed build reports
    /// nothing and leaves the served site as it is (<see cref="RebuildOutcome.Held"/>): the save may be unfinished, and
    /// the caller builds again once the files have settled.
    /// </summary>
    public RebuildOutcome Rebuild(bool holdFailure)
    {
        // The pages of the version being replaced need not be finished; the rebuild wants both cores.
        Interlocked.Exchange(ref _finishing, null)?.Cancel();
        var first = Interlocked.Increment(ref _attempts) == 1;
        var clock = Stopwatch.StartNew();
        Preparation? prepared = null;
        LazySite? lazy = null;
        Exception? crash = null;
        try
        {
            prepared = SiteBuilder.Prepare(_options, _liveCache);
            if (prepared.Ready)
            {
                lazy = new LazySite(prepared.Site!);
            }
        }
        catch (Exception ex)
        {
            crash = ex;
        }
        var current = Current;
        if (lazy is not null)
        {
            _retried = false;
            var version = current.Version + 1;
            Volatile.Write(ref _site, new ServedSite(lazy, version, SiteProblems.None));
            var report = new RebuildReport(version, first, lazy.Articles, lazy.Pages, clock.Elapsed, prepared!.Diagnostics.Sorted(), Phases(prepared));
            SiteRebuilt?.Invoke(report);
            FinishInBackground(lazy, version);
            return RebuildOutcome.Served;
        }
        if (holdFailure)
        {
            // Perhaps a save caught half-way: the caller builds again once the files have settled, and that build reports.
            return RebuildOutcome.Held;
        }

        var retry = false;
        var errors = new List<Core.Diagnostics.Diagnostic>();
        if (crash is not null)
        {
            retry = !_retried;
            _retried = true;
        }
        else if (prepared is not null)
        {
            _retried = false;
            if (prepared.Refusal is not null)
            {
                errors.Add(prepared.Refusal);
            }
            foreach (var d in prepared.Diagnostics.Sorted())
            {
                if (d.IsError && errors.Count < MaxProblems)
                {
                    errors.Add(d);
                }
            }
        }
        var problems = new SiteProblems(errors, crash);
        // A version served early was never a good build: with the build failed, only the problems are served.
        var kept = current.Version == _earlyVersion ? current with { Site = null, Problems = problems } : current with { Problems = problems };
        Volatile.Write(ref _site, kept);
        SiteRebuildFailed?.Invoke(new RebuildFailure(first, clock.Elapsed, problems, kept.Site is not null));
        return retry ? RebuildOutcome.Retry : RebuildOutcome.Failed;
    }

    /// <summary>
    /// Before the first build of a site of many articles: serves a version made from the articles' front matter, whose
    /// pages render their bodies when first asked for (see <see cref="EarlyVersion"/>), so the first page is there before
    /// every body is parsed. The caller runs the full build next (<see cref="Rebuild()"/>), which replaces it. Returns
    /// false, serving nothing, for a smaller site, when a build cache is on disk, when a version is already served, or
    /// when the site has problems (the full build reports them).
    /// </summary>
    public bool ServeEarly()
    {
        // With a build cache on disk the full build recalls the bodies and is as quick as this (0.7 s at 10,000 articles).
        if (Current.Version != 0 || _stopped.IsCancellationRequested
            || (Caching.CacheContext.FileFor(_options) is { } cacheFile && File.Exists(cacheFile)))
        {
            return false;
        }
        PreparedSite? prepared;
        try
        {
            prepared = EarlyVersion.Prepare(_options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file caught mid-save: the full build sees what it became.
            return false;
        }
        if (prepared is null || prepared.Index.Articles.Count < _earlyFrom)
        {
            return false;
        }
        var lazy = new LazySite(prepared);
        var phases = Phases(prepared.Timer);
        const int version = 1;
        _earlyVersion = version;
        Volatile.Write(ref _site, new ServedSite(lazy, version, SiteProblems.None));
        // No background rendering and no warnings: the full build follows and brings both.
        SiteRebuilt?.Invoke(new RebuildReport(version, true, lazy.Articles, lazy.Pages, prepared.Clock.Elapsed, [], phases) { Early = true });
        return true;
    }

    /// <summary>
    /// Serves the edit of the article at <paramref name="path"/> (a full path) ahead of the full rebuild, which the caller
    /// runs next: a version with only that article's body rendered again, and its page rendered before it is announced,
    /// so the page being edited is on screen before the whole site is loaded again (see <see cref="ArticleEdit"/>).
    /// Returns false, changing nothing, when the change is not one it can apply (the front matter changed, a new or
    /// deleted file, a body with errors) or the served site has problems.
    /// </summary>
    public bool ShowEdit(string path)
    {
        var current = Current;
        // An early version's bodies are rendered as asked for; the full build it awaits comes next anyway.
        if (current is not { Site: { } served, Problems.IsEmpty: true } || current.Version == _earlyVersion)
        {
            return false;
        }
        (PreparedSite Site, string Article, string Page)? edit;
        try
        {
            edit = ArticleEdit.Apply(served.Prepared, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The file went away or is locked mid-save: the full rebuild sees what it became.
            return false;
        }
        if (edit is not { } found)
        {
            return false;
        }
        // The version being replaced need not be finished in the background; the edited page wants the cores.
        Interlocked.Exchange(ref _finishing, null)?.Cancel();
        var (edited, article, page) = found;
        // Only the article's body differs, so the theme assets, images and static files are the served version's.
        var lazy = new LazySite(edited, served);
        var phases = Phases(edited.Timer);
        _ = lazy.Get(page);
        if (_timePhases)
        {
            edited.Timer.Lap("page");
        }
        var version = current.Version + 1;
        Volatile.Write(ref _site, new ServedSite(lazy, version, SiteProblems.None));
        // No background rendering: the full rebuild follows and replaces this version.
        SiteRebuilt?.Invoke(new RebuildReport(version, false, lazy.Articles, lazy.Pages, edited.Clock.Elapsed, [], phases) { Edited = article });
        return true;
    }

    /// <summary>Cancels the background rendering of the served version (the server is stopping).</summary>
    public void StopBackgroundRendering()
    {
        _stopped.Cancel();
        Interlocked.Exchange(ref _finishing, null)?.Cancel();
    }

    private IReadOnlyList<(string Phase, TimeSpan Time)> Phases(Preparation prepared) => Phases(prepared.Timer);

    private IReadOnlyList<(string Phase, TimeSpan Time)> Phases(PhaseTimer timer)
    {
        if (!_timePhases)
        {
            return [];
        }
        // The pages themselves render when asked for; "site" is setting them up.
        timer.Lap("site");
        return timer.Wall;
    }

    /// <summary>
    /// Renders the pages nobody has asked for yet, after the edited page is already on screen, and reports what fails
    /// (a template that breaks on some page). A newer build cancels it.
    /// </summary>
    private void FinishInBackground(LazySite site, int version)
    {
        if (_stopped.IsCancellationRequested)
        {
            return;
        }
        var cancel = new CancellationTokenSource();
        Interlocked.Exchange(ref _finishing, cancel)?.Cancel();
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(BackgroundDelay, cancel.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            site.RenderRemaining(cancel.Token, threads: Math.Max(1, Environment.ProcessorCount - 1));
            if (cancel.IsCancellationRequested || _stopped.IsCancellationRequested)
            {
                return;
            }
            var errors = site.Errors(MaxProblems);
            var current = Current;
            if (errors.Count == 0 || current.Version != version)
            {
                return;
            }
            var problems = new SiteProblems(errors);
            Volatile.Write(ref _site, current with { Problems = problems });
            PagesFailedToRender?.Invoke(new RenderFailure(version, problems));
        });
    }

    /// <summary>Stops the background rendering and writes the newest build cache to its file now rather than after the quiet time.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        StopBackgroundRendering();
        _liveCache?.Dispose();
    }
}
