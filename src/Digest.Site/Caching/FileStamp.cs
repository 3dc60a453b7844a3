namespace Digest.Site.Caching;

/// <summary>
/// One file as a build saw it: its path relative to its folder, its length and last-write time (UTC ticks), and the hash of
/// its bytes when its time alone could not be trusted (null otherwise).
/// </summary>
internal sealed record FileStamp(string Path, long Length, long Stamp, byte[]? Hash);
