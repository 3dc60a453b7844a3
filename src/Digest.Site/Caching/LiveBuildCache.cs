namespace Digest.Site.Caching;

/// <summary>
/// Keeps the build cache in memory between the builds of one long-running process (<c>digest serve</c>): a rebuild
/// continues from the entries the last build used instead of reading and checking the cache file again, which on a
/// large site is most of what a rebuild after one edit costs. The file is still written, off the rebuild's path:
/// after <see cref="SaveDelay"/> without another build, and by <see cref="Flush"/> when the server stops, so the next
/// <c>digest build</c> finds every article already parsed. Thread-safe.
/// </summary>
internal sealed class LiveBuildCache : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Lock _saveLock = new();
    private readonly Timer _timer;
    private BuildCache? _last;
    private bool _unsaved;

    public LiveBuildCache(TimeSpan saveDelay)
    {
        SaveDelay = saveDelay;
        _timer = new Timer(_ => Flush());
    }

    /// <summary>How long builds must be quiet before the newest cache is written to its file.</summary>
    public TimeSpan SaveDelay { get; }

    /// <summary>The reason the last save failed, null when it succeeded (or nothing needed saving).</summary>
    public string? LastProblem { get; private set; }

    /// <summary>
    /// The cache for a build with <paramref name="file"/> and <paramref name="context"/>: continued in memory from the
    /// last build's when both match, read from the file otherwise (first build, or theme, settings or tool changed).
    /// </summary>
    internal BuildCache Open(string file, string context)
    {
        BuildCache? last;
        lock (_lock)
        {
            last = _last;
        }
        return last is not null && last.File == file && last.Context == context ? BuildCache.Continue(last) : BuildCache.Open(file, context);
    }

    /// <summary>Records <paramref name="cache"/> (after its build has used it) as the newest, to be saved once builds are quiet.</summary>
    internal void Used(BuildCache cache)
    {
        lock (_lock)
        {
            // A cache continued from the last one carries its unsaved changes; any other starts afresh.
            var continued = _last is not null && cache.ContinuedFrom == _last;
            _unsaved = (continued && _unsaved) || cache.HasChanges;
            _last = cache;
            if (_unsaved)
            {
                _timer.Change(SaveDelay, Timeout.InfiniteTimeSpan);
            }
        }
    }

    /// <summary>Writes the newest cache now if it has changes not yet on disk. Returns the reason when writing failed.</summary>
    public string? Flush()
    {
        lock (_saveLock)
        {
            BuildCache? cache;
            lock (_lock)
            {
                if (!_unsaved || _last is null)
                {
                    return null;
                }
                cache = _last;
                _unsaved = false;
            }
            var problem = cache.Save(force: true);
            LastProblem = problem;
            if (problem is not null)
            {
                lock (_lock)
                {
                    // Try again with the next build (or at the end), unless a newer cache took over meanwhile.
                    if (_last == cache)
                    {
                        _unsaved = true;
                    }
                }
            }
            return problem;
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        Flush();
    }
}
