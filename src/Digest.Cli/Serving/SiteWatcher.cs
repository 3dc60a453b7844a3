namespace Digest.Cli.Serving;

/// <summary>
/// Watches folders recursively and reports that something changed. Editors' swap, backup and lock files are
/// ignored so saving an article triggers one rebuild, not several; debouncing is left to the caller.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Action _changed;

    public SiteWatcher(IEnumerable<string> folders, Action changed)
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
            // A lost event buffer means unknown changes: rebuild to be safe.
            watcher.Error += (_, _) => _changed();
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
        if (IsRelevant(e.FullPath) || (e is RenamedEventArgs r && IsRelevant(r.OldFullPath)))
        {
            _changed();
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
