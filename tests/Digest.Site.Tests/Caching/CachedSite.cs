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

    /// <summary>Removes the last build's record, so that the next build loads and renders even when nothing changed.</summary>
    public void ForgetLastBuild()
    {
        foreach (var file in Directory.GetFiles(CacheDir, "*.digest-build"))
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Builds the same input (with <paramref name="options"/>, the usual ones when null) without any cache into a fresh
    /// folder and asserts that it holds the same files with the same bytes as the output folder.
    /// </summary>
    public void AssertSameAsUncachedBuild(BuildOptions? options = null)
    {
        using var fresh = new TempFolder();
        var uncached = SiteBuilder.Build((options ?? Options()) with { UseCache = false, OutputDir = fresh.Path });
        Assert.True(uncached.Success);
        var expected = FilesIn(fresh.Path);
        var actual = FilesIn(Site.Output);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs from a build without cache");
        }
    }

    private static SortedDictionary<string, byte[]> FilesIn(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[System.IO.Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }
        return files;
    }

    /// <summary>The single build cache file the builds wrote.</summary>
    public string CacheFile => Directory.GetFiles(CacheDir, "*.digest-cache").Single();

    /// <summary>The bodies file beside it (the rendered bodies' HTML).</summary>
    public string BodiesFile => Directory.GetFiles(CacheDir, "*.digest-bodies").Single();

    /// <summary>The page cache file beside it.</summary>
    public string PageCacheFile => Directory.GetFiles(CacheDir, "*.digest-pages").Single();

    public void Dispose()
    {
        Site.Dispose();
        _cache.Dispose();
    }
}
