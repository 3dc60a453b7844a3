using Digest.Site.Tests.TestSupport;
using Digest.TestSupport;

namespace Digest.Site.Tests.Caching;

/// <summary>A fixture site built with the cache switched on, its cache in a folder of its own.</summary>
internal sealed class CachedSite : IDisposable
{
    private readonly TempFolder _cache = new();

    public FixtureSite Site { get; } = new();

    public string CacheDir => _cache.Path;

    public string? ThemeDir { get; set; }

    public BuildOptions Options(bool useCache = true) => Site.Options() with { UseCache = useCache, CacheDir = CacheDir, ThemeDir = ThemeDir };

    public BuildResult Build(bool useCache = true) => SiteBuilder.Build(Options(useCache));

    /// <summary>The single build cache file the builds wrote.</summary>
    public string CacheFile => Directory.GetFiles(CacheDir, "*.digest-cache").Single();

    /// <summary>The page cache file beside it.</summary>
    public string PageCacheFile => Directory.GetFiles(CacheDir, "*.digest-pages").Single();

    public void Dispose()
    {
        Site.Dispose();
        _cache.Dispose();
    }
}
