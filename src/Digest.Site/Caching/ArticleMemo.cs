using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Site.Loading;

namespace Digest.Site.Caching;

/// <summary>
/// Loading's memo (<see cref="IArticleMemo"/>) kept in the build cache: an article is recognised by the SHA-256 of its
/// file, or without reading the file by its unchanged length and last-write time.
/// </summary>
internal sealed class ArticleMemo(BuildCache cache) : IArticleMemo
{
    // The hash of the file last looked up on this thread: a file that was not remembered is remembered right after its
    // parse, on the same thread, and need not be hashed twice.
    [ThreadStatic]
    private static (byte[]? Bytes, string? Hash) _last;

    public RememberedArticle? Unchanged(string key, long length, long stamp)
    {
        if (cache.FindUnchanged(key, length, stamp) is not { } hit || !Usable(hit, length))
        {
            return null;
        }
        cache.CountHit();
        return Remembered(hit);
    }

    public RememberedArticle? Same(string key, byte[] bytes, long stamp)
    {
        var hash = HashOf(bytes);
        if (cache.Find(key, hash) is not { } hit || !Usable(hit, bytes.Length))
        {
            cache.CountMiss();
            return null;
        }
        cache.CountHit();
        if (hit.SourceStamp != stamp || hit.SourceLength != bytes.Length)
        {
            // Same content, new time (touched, checked out again): remember the time so the next build need not read it.
            cache.Store(key, hit with { SourceLength = bytes.Length, SourceStamp = stamp });
        }
        return Remembered(hit);
    }

    public bool StillFits(RememberedArticle remembered, byte[] bytes) => remembered.Token is string hash && ContentHash.Of(bytes) == hash;

    public void Remember(string key, byte[] bytes, long stamp, string text, Article article, IReadOnlyList<Diagnostic> warnings)
    {
        // The body is stored as where it starts in the file, so it must be the end of the text.
        if (SourceText.TailStart(bytes, text, article.Body) is { } offset)
        {
            cache.Store(key, new CacheEntry(HashOf(bytes), article with { Body = string.Empty }, offset, warnings, null, bytes.Length, stamp));
        }
    }

    private static string HashOf(byte[] bytes)
    {
        if (ReferenceEquals(_last.Bytes, bytes))
        {
            return _last.Hash!;
        }
        var hash = ContentHash.Of(bytes);
        _last = (bytes, hash);
        return hash;
    }

    private static bool Usable(CacheEntry entry, long length) => entry.BodyOffset >= 0 && entry.BodyOffset <= length;

    private static RememberedArticle Remembered(CacheEntry entry) =>
        new(entry.Article, entry.BodyOffset, entry.Diagnostics) { Token = entry.ContentHash };
}
