namespace Digest.Site.Caching;

/// <summary>One rendered page: the fingerprint of the data it showed and the length and SHA-256 of the bytes it rendered to.</summary>
public sealed record PageCacheEntry(byte[] Fingerprint, long Length, byte[] ContentHash);
