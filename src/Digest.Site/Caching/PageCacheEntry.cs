namespace Digest.Site.Caching;

/// <summary>
/// One rendered page: the fingerprint of the data it showed, the length, hash (XxHash128) and last-write time (UTC ticks)
/// of the file it rendered to, and the token of what its data was made from (<see cref="PageInputs"/>; null for generated
/// files and sites without tokens), which lets a rebuild keep it before making its data.
/// </summary>
internal sealed record PageCacheEntry(byte[] Fingerprint, long Length, byte[] ContentHash, long Stamp, byte[]? Inputs = null);
