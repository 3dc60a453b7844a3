namespace Digest.Site.Caching;

/// <summary>One rendered page: the fingerprint of the data it showed, and the length, SHA-256 and last-write time (UTC ticks) of the file it rendered to.</summary>
public sealed record PageCacheEntry(byte[] Fingerprint, long Length, byte[] ContentHash, long Stamp);
