namespace Digest.Site.Rendering;

/// <summary>
/// Where rendered pages go: the build's output set. Pages are added as they render; a page an earlier build wrote can be
/// kept where it lies. Thread-safe: pages render in parallel.
/// </summary>
internal interface IPageSink
{
    /// <summary>Adds the file at <paramref name="path"/> (relative to the site's root).</summary>
    void Add(string path, byte[] bytes);

    /// <summary>Adds a file from a buffer the caller reuses.</summary>
    void Add(string path, ReadOnlySpan<byte> bytes);

    /// <summary>Adds a text file, as UTF-8.</summary>
    void AddText(string path, string text);

    /// <summary>
    /// Keeps the file an earlier build wrote at <paramref name="path"/>, without reading it, when it still has that build's
    /// <paramref name="length"/> and <paramref name="stamp"/>; false when it cannot.
    /// </summary>
    bool TryKeep(string path, long length, long stamp);

    /// <summary>The modification time the file at <paramref name="path"/> will have once written; 0 when unknown.</summary>
    long StampOf(string path);
}
