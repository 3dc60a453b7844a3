namespace Digest.Site.Loading;

/// <summary>An input file: its full path, length and last-write time (of the file it points to, for a link).</summary>
internal readonly record struct SourceFile(string Path, long Length, DateTime LastWriteUtc);
