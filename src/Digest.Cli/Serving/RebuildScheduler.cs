namespace Digest.Cli.Serving;

/// <summary>
/// Watches the site's folders and rebuilds the live site once changes have been quiet for <see cref="Debounce"/>,
/// one build at a time; a save during a build schedules another one.
/// </summary>
public sealed class RebuildScheduler : IDisposable
{
    /// <summary>Quiet time after the last file event before rebuilding; editors often write a file in several steps.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(120);

    private readonly Digest.Site.Serving.LiveSite _site;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _changes = new(0);
    private readonly SiteWatcher _watcher;
    private readonly Task _loop;
    private long _lastChange;
    private int _pending;

    /// <summary>Starts watching the live site's source folders.</summary>
    public RebuildScheduler(Digest.Site.Serving.LiveSite site)
    {
        _site = site;
        _watcher = new SiteWatcher(site.SourceFolders(), OnChange);
        _loop = Task.Run(RebuildLoop);
    }

    /// <summary>Records a file change; the rebuild follows once changes have been quiet for <see cref="Debounce"/>.</summary>
    public void OnChange()
    {
        Volatile.Write(ref _lastChange, Environment.TickCount64);
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _changes.Release();
        }
    }

    private async Task RebuildLoop()
    {
        var token = _stop.Token;
        try
        {
            while (!token.IsCancellationRequested)
            {
                await _changes.WaitAsync(token).ConfigureAwait(false);
                while (true)
                {
                    var quiet = Environment.TickCount64 - Volatile.Read(ref _lastChange);
                    if (quiet >= (long)Debounce.TotalMilliseconds)
                    {
                        break;
                    }
                    await Task.Delay(TimeSpan.FromMilliseconds(Debounce.TotalMilliseconds - quiet), token).ConfigureAwait(false);
                }
                // Cleared before building, so a save during the build schedules another one.
                Volatile.Write(ref _pending, 0);
                if (_site.Rebuild())
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
