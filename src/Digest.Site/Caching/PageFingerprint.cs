using Digest.Site.Rendering.ViewModels;

namespace Digest.Site.Caching;

/// <summary>
/// A hash of exactly what one page shows: its kind, path, title, description, feed links and every value handed to
/// its template. Everything else a page depends on (templates, UI strings, settings, tool build) is covered by the
/// cache context, which sets the whole page cache aside when it changes. Values are walked property by property
/// (<see cref="ValueFingerprint"/>), so a view model that gains a property is fingerprinted without anyone
/// remembering to add it.
/// </summary>
internal static class PageFingerprint
{
    // One buffer per thread: pages are fingerprinted in parallel, and a fresh buffer per page only fed the collector.
    [ThreadStatic]
    private static FingerprintBuffer? _buffer;

    /// <summary>The fingerprint, or null when a value cannot be fingerprinted (the page is then simply not cached).</summary>
    public static byte[]? Compute(string kind, string path, string title, string? description, IReadOnlyList<FeedLinkView> feeds,
        IReadOnlyList<KeyValuePair<string, object?>> values)
    {
        var buffer = _buffer ??= new FingerprintBuffer();
        buffer.Reset();
        buffer.WriteText(kind);
        buffer.WriteText(path);
        buffer.WriteText(title);
        buffer.WriteText(description);
        if (!ValueFingerprint.Write(buffer, feeds))
        {
            return null;
        }
        for (var i = 0; i < values.Count; i++)
        {
            var (name, value) = values[i];
            buffer.WriteText(name);
            if (!ValueFingerprint.Write(buffer, value))
            {
                return null;
            }
        }
        return buffer.Hash();
    }
}
