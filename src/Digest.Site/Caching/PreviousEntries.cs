namespace Digest.Site.Caching;

/// <summary>The entries of a checked cache file, where each lies in it, and the file's bytes (cached HTML points into them).</summary>
internal sealed record PreviousEntries(Dictionary<string, CacheEntry> Entries, Dictionary<string, Range> Bytes, byte[] File)
{
    /// <summary>No usable file: nothing to reuse.</summary>
    public static PreviousEntries None => new(new(StringComparer.Ordinal), new(StringComparer.Ordinal), []);
}
