namespace Digest.Site.Caching;

/// <summary>One rendered page: the fingerprint of the data it showed, and the length, hash (XxHash128) and last-write time (UTC ticks) of the file it rendered to.</summary>
internal sealed record PageCacheEntry(byte[] Fingerprint, long Length, byte[] ContentHash, long Stamp);
