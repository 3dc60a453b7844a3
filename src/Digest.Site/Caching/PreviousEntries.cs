using Microsoft.Win32.SafeHandles;

namespace Digest.Site.Caching;

/// <summary>
/// The entries of a checked cache file, where each lies in it, and the file, still open: cached HTML is read from it
/// when needed, and entries saved unchanged are copied from it as they are. <see cref="Bodies"/>: the bodies file the
/// entries' HTML lies in (the copied bytes say where).
/// </summary>
internal sealed record PreviousEntries(Dictionary<string, CacheEntry> Entries, Dictionary<string, (long Offset, int Length)> Bytes, SafeFileHandle? File,
    BodyStore? Bodies = null)
{
    /// <summary>No usable file: nothing to reuse.</summary>
    public static PreviousEntries None => new(new(StringComparer.Ordinal), new(StringComparer.Ordinal), null);
}
