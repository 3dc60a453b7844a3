namespace Digest.Cli.Serving;

/// <summary>
/// Watches folders recursively and reports which file changed. Editors' swap, backup and lock files are ignored so
/// saving an article triggers one rebuild, not several; debouncing is left to the caller. A save through a rename
/// (write a scratch file, rename it over the article) is reported as a change of the article.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Action<string?> _changed;

    /// <param name="folders">The folders to watch (missing ones are skipped).</param>
    /// <param name="changed">Told the full path of each relevant change, or null when changes were lost and anything may have changed.</param>
    public SiteWatcher(IEnumerable<string> folders, Action<string?> changed)
    {
        _changed = changed;
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Deleted += OnEvent;
            watcher.Renamed += OnEvent;
            // A lost event buffer means unknown changes: rebuild everything to be safe.
            watcher.Error += (_, _) => _changed(null);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Whether a change to this file can matter to the site (editor scratch files cannot).</summary>
    public static bool IsRelevant(string path)
    {
        var name = Path.GetFileName(path);
        if (name.Length == 0)
        {
            return true;
        }
        return !(name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~')
            || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            || name == "4913");
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (e is RenamedEventArgs renamed && IsRelevant(renamed.OldFullPath))
        {
            // The old name is gone: an article renamed away is a change of its own.
            _changed(renamed.OldFullPath);
        }
        if (IsRelevant(e.FullPath))
        {
            _changed(e.FullPath);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.EnableRaisingEvents = false;
            watcher.Dispose();
        }
        _watchers.Clear();
    }
}
