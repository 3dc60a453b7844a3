namespace Digest.Site.Caching;

/// <summary>
/// The save side of <see cref="BodyStore"/>: puts the bodies a build cache is about to refer to into a bodies file. Bodies
/// already in the current file stay where they are and new ones are appended, as long as the file's bodies nobody refers
/// to any more do not outweigh those in use; then every body in use is written into a fresh file under a new id, which
/// replaces the old one before the build cache that refers to it is written (an old build cache then finds another id
/// and is set aside, never misread).
/// </summary>
internal static class BodyWriting
{
    /// <summary>
    /// Puts the HTML of every entry of <paramref name="entries"/> into the bodies file beside <paramref name="cacheFile"/>,
    /// starting from <paramref name="current"/> (the file the entries may already lie in; null: none). Returns the file they
    /// lie in afterwards; <paramref name="placed"/> gets where each body written lies, <paramref name="lost"/> the bodies of
    /// the old file that no longer matched their hash (their entries are saved without a body).
    /// </summary>
    public static BodyStore Write(string cacheFile, IReadOnlyList<KeyValuePair<string, CacheEntry>> entries, BodyStore? current,
        Dictionary<CachedHtml, long> placed, HashSet<CachedHtml> lost)
    {
        var file = BodyStore.FileBeside(cacheFile);
        if (current is not null && WorthAppending(entries, current))
        {
            Append(file, entries, current, placed);
            return current;
        }
        var id = BodyStore.NewId();
        var temp = file + ".tmp-" + Environment.ProcessId;
        long length;
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                stream.Write(BodyStore.Header(id));
                var buffer = Array.Empty<byte>();
                foreach (var (_, entry) in entries)
                {
                    if (entry.Markdown?.Html is not { } html || placed.ContainsKey(html))
                    {
                        continue;
                    }
                    if (html.ForCopy(ref buffer) is not { } bytes)
                    {
                        lost.Add(html);
                        continue;
                    }
                    placed[html] = stream.Position;
                    stream.Write(bytes.Span);
                }
                length = stream.Position;
            }
            File.Move(temp, file, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        return BodyStore.Reopen(file, id, length);
    }

    /// <summary>True when the bodies no entry refers to, after appending the new ones, would not outweigh the ones in use.</summary>
    private static bool WorthAppending(IReadOnlyList<KeyValuePair<string, CacheEntry>> entries, BodyStore current)
    {
        long used = 0, added = 0;
        foreach (var (_, entry) in entries)
        {
            if (entry.Markdown?.Html is { } html)
            {
                used += html.Length;
                if (html.OffsetIn(current) < 0)
                {
                    added += html.Length;
                }
            }
        }
        var stored = current.Length - BodyStore.HeaderLength + added;
        return stored - used <= used + (64 << 10);
    }

    private static void Append(string file, IReadOnlyList<KeyValuePair<string, CacheEntry>> entries, BodyStore current,
        Dictionary<CachedHtml, long> placed)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete, 1 << 16);
        // The file at that path must still be the one the entries lie in (another build may have replaced it meanwhile).
        var header = new byte[BodyStore.HeaderLength];
        stream.ReadExactly(header);
        if (!header.AsSpan().SequenceEqual(BodyStore.Header(current.Id)))
        {
            throw new IOException("the build cache's bodies file was replaced by another build");
        }
        // Appended after whatever is there: a save that stopped midway left bytes nobody refers to, never a gap.
        stream.Seek(0, SeekOrigin.End);
        foreach (var (_, entry) in entries)
        {
            if (entry.Markdown?.Html is not { } html || html.OffsetIn(current) >= 0 || placed.ContainsKey(html))
            {
                continue;
            }
            placed[html] = stream.Position;
            stream.Write(html.Bytes.Span);
        }
        stream.Flush();
        current.Grew(stream.Position);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temporary file left behind is replaced by the next save.
        }
    }
}
