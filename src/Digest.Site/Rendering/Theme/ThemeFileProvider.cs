using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Digest.Site.Rendering.Theme;

/// <summary>
/// Serves template files to Fluid's <c>include</c> and <c>render</c> tags from the theme layers:
/// the first layer that has a file wins, so a site overrides the default theme file by file.
/// </summary>
public sealed class ThemeFileProvider(ThemeFiles theme, string folder) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath)
    {
        var relative = folder + "/" + subpath.TrimStart('/');
        var path = theme.Find(relative);
        return path is null ? new NotFoundFileInfo(subpath) : new ThemeFileInfo(path);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class ThemeFileInfo(string path) : IFileInfo
    {
        private readonly FileInfo _info = new(path);

        public bool Exists => _info.Exists;

        public long Length => _info.Length;

        public string PhysicalPath => _info.FullName;

        public string Name => _info.Name;

        public DateTimeOffset LastModified => _info.LastWriteTimeUtc;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => _info.OpenRead();
    }
}
