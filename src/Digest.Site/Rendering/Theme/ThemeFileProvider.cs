using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Digest.Site.Rendering.Theme;

/// <summary>
/// Serves template files to Fluid's <c>include</c> and <c>render</c> tags from the theme layers:
/// the first layer that has a file wins, so a site overrides the default theme file by file.
/// Lookups are remembered for the provider's lifetime (one build): every card on every page includes
/// partials, and asking the file system each time cost more than rendering them.
/// </summary>
internal sealed class ThemeFileProvider(ThemeFiles theme, string folder) : IFileProvider
{
    private readonly ConcurrentDictionary<string, IFileInfo> _found = new(StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath) => _found.GetOrAdd(subpath, Lookup);

    private IFileInfo Lookup(string subpath)
    {
        var relative = folder + "/" + subpath.TrimStart('/');
        var path = theme.Find(relative);
        return path is null ? new NotFoundFileInfo(subpath) : new ThemeFileInfo(path);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    /// <summary>A snapshot taken once, so the template cache's checks do not touch the disk again.</summary>
    private sealed class ThemeFileInfo(string path) : IFileInfo
    {
        private readonly FileInfo _info = Snapshot(path);

        public bool Exists { get; } = File.Exists(path);

        public long Length => _info.Length;

        public string PhysicalPath => _info.FullName;

        public string Name => _info.Name;

        public DateTimeOffset LastModified { get; } = File.GetLastWriteTimeUtc(path);

        public bool IsDirectory => false;

        public Stream CreateReadStream() => _info.OpenRead();

        private static FileInfo Snapshot(string path)
        {
            var info = new FileInfo(path);
            info.Refresh();
            return info;
        }
    }
}
