using Digest.Site.Serving;

namespace Digest.Cli.Serving;

/// <summary>
/// Watches the site's folders and rebuilds the live site once changes have been quiet for <see cref="Debounce"/>,
/// one build at a time; a save during a build schedules another one. When the one file saved is an article whose body
/// alone changed, the live site shows that edit first (<see cref="LiveSite.ShowEdit"/>) and rebuilds fully after it. A burst of
/// writes (an editor writing a file in several steps, or saving through a rename) is coalesced into one build of the
/// final content. A build that fails right after a save is not reported at once: the file may have been caught
/// half-written, so it is built again once the files have been quiet for <see cref="SettleTime"/>, and that build's
/// outcome is what the terminal and the pages see.
/// </summary>
public sealed class RebuildScheduler : IDisposable
{
    /// <summary>
    /// Quiet time after the last file event before rebuilding. An editor's writes of one save follow each other within
    /// a millisecond or two; a longer wait would only delay every edit.
    /// </summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(30);

    /// <summary>A burst that never goes quiet (a checkout, a sync tool) is built at the latest this long after it began.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>How long the files must stay quiet after a failed build before it is tried again and its failure reported.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(250);

    /// <summary>How long the full rebuild waits after an edit shown ahead of it, so the reloading page is answered first.</summary>
    public static readonly TimeSpan EditHeadStart = TimeSpan.FromMilliseconds(50);

    private readonly LiveSite _site;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _changes = new(0);
    private readonly SiteWatcher _watcher;
    private readonly Task _loop;
    private readonly Lock _lock = new();
    private HashSet<string> _changed = new(StringComparer.Ordinal);
    private bool _unknown;
    private long _firstChange;
    private long _lastChange;
    private bool _pending;

    /// <summary>Starts watching the live site's source folders.</summary>
    /// <param name="site">The site to rebuild.</param>
    /// <param name="buildFirst">
    /// Whether to build the site once at once, without waiting for a change (the full build after a version served early,
    /// see <see cref="LiveSite.ServeEarly"/>): in this loop, so a save meanwhile is built after it, never beside it.
    /// </param>
    public RebuildScheduler(LiveSite site, bool buildFirst = false)
    {
        _site = site;
        _watcher = new SiteWatcher(site.SourceFolders(), OnChange);
        _loop = Task.Run(() => RebuildLoop(buildFirst));
    }

    /// <summary>Records a change of anything (what changed is not known); the rebuild follows once changes have been quiet.</summary>
    public void OnChange() => OnChange(null);

    /// <summary>
    /// Records a change of the file at <paramref name="path"/> (a full path; null when what changed is not known); the
    /// rebuild follows once changes have been quiet for <see cref="Debounce"/>.
    /// </summary>
    public void OnChange(string? path)
    {
        var now = Environment.TickCount64;
        bool signal;
        lock (_lock)
        {
            if (path is null)
            {
                _unknown = true;
            }
            else
            {
                _changed.Add(path);
            }
            _lastChange = now;
            signal = !_pending;
            if (signal)
            {
                _pending = true;
                _firstChange = now;
            }
        }
        if (signal)
        {
            _changes.Release();
        }
    }

    private async Task RebuildLoop(bool buildFirst)
    {
        var token = _stop.Token;
        var held = false;
        try
        {
            if (buildFirst && _site.Rebuild())
            {
                OnChange();
            }
            while (!token.IsCancellationRequested)
            {
                // After a held failure, a further save is awaited for the settle time only; then the build is tried again and reported.
                var saved = true;
                if (held)
                {
                    saved = await _changes.WaitAsync(SettleTime, token).ConfigureAwait(false);
                }
                else
                {
                    await _changes.WaitAsync(token).ConfigureAwait(false);
                }
                if (saved)
                {
                    await WaitForQuietAsync(token).ConfigureAwait(false);
                }
                // Taken before building, so a save during the build schedules another one.
                var (changed, unknown) = Take();
                if (!unknown && changed.Count == 1 && _site.ShowEdit(changed.First()))
                {
                    // The edited page is served: its reload is answered before the full rebuild takes both cores. A save
                    // meanwhile stays pending for the next round.
                    await Task.Delay(EditHeadStart, token).ConfigureAwait(false);
                }
                var outcome = _site.Rebuild(holdFailure: saved);
                held = outcome == RebuildOutcome.Held;
                if (held)
                {
                    Requeue(changed, unknown);
                }
                else if (outcome == RebuildOutcome.Retry)
                {
                    // The build stopped on a file caught mid-save; the finished save may bring no event of its own.
                    OnChange();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task WaitForQuietAsync(CancellationToken token)
    {
        while (true)
        {
            long quiet, waited;
            lock (_lock)
            {
                var now = Environment.TickCount64;
                quiet = now - _lastChange;
                waited = now - _firstChange;
            }
            var left = Math.Min((long)Debounce.TotalMilliseconds - quiet, (long)MaxDelay.TotalMilliseconds - waited);
            if (left <= 0)
            {
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(left), token).ConfigureAwait(false);
        }
    }

    private (HashSet<string> Changed, bool Unknown) Take()
    {
        lock (_lock)
        {
            var taken = (_changed, _unknown);
            _changed = new HashSet<string>(StringComparer.Ordinal);
            _unknown = false;
            _pending = false;
            return taken;
        }
    }

    /// <summary>Puts the changes of a held build back, to be built with whatever comes next; no signal, so the settle time runs.</summary>
    private void Requeue(HashSet<string> changed, bool unknown)
    {
        lock (_lock)
        {
            _changed.UnionWith(changed);
            _unknown |= unknown;
        }
    }

    /// <summary>Stops watching and waits (a few seconds at most) for a build in progress.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _watcher.Dispose();
        try
        {
            await _loop.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A build still running is abandoned; it writes nothing.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _watcher.Dispose();
    }
}
