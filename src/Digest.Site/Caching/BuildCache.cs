using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Digest.Site.Caching;

/// <summary>
/// Parsed articles and rendered bodies from earlier builds, kept in one file in the cache folder.
/// An entry is used only when its file's content hash matches; the whole file is ignored when its
/// checksum, format or context (tool version, theme, settings) does not match. A damaged or stale cache
/// therefore only costs time, never correctness. Thread-safe: articles are loaded and rendered in parallel.
/// </summary>
internal sealed class BuildCache
{
    // 7: diagnostics carry DG codes instead of free-form names; articles keep where their slug comes from.
    // 8: bodies' HTML lies in the bodies file beside it (BodyStore); entries say where.
    public const int FormatVersion = 8;

    private static readonly byte[] Magic = "DGSTCACH"u8.ToArray();

    private readonly Dictionary<string, CacheEntry> _previous;

    /// <summary>Where each previous entry lies in the file read, so an entry this build reuses unchanged is saved as a plain copy.</summary>
    private readonly Dictionary<string, (long Offset, int Length)> _previousBytes;

    /// <summary>The file read (checked), kept open: entries' HTML and <see cref="_previousBytes"/> point into it.</summary>
    private readonly SafeFileHandle? _previousFile;

    /// <summary>The bodies file the entries read lie in (null: none); their copied bytes point into it.</summary>
    private readonly BodyStore? _previousBodies;

    /// <summary>The bodies file this cache's entries lie in after its last save (null: not saved yet).</summary>
    private BodyStore? _savedBodies;
    private readonly ConcurrentDictionary<string, CacheEntry> _current = new(StringComparer.Ordinal);
    private int _changes;
    private int _hits;
    private int _misses;

    private BuildCache(string file, string context, PreviousEntries previous, string? ignoredBecause, BuildCache? continuedFrom = null)
    {
        ContinuedFrom = continuedFrom;
        File = file;
        Context = context;
        _previous = previous.Entries;
        _previousBytes = previous.Bytes;
        _previousFile = previous.File;
        _previousBodies = previous.Bodies;
        IgnoredBecause = ignoredBecause;
    }

    /// <summary>The cache file.</summary>
    public string File { get; }

    /// <summary>Hash of everything outside the articles that cached results depend on.</summary>
    public string Context { get; }

    /// <summary>Why the existing cache file was not used (null when it was used or there was none).</summary>
    public string? IgnoredBecause { get; }

    /// <summary>The cache of the build before, when this one was continued from it in memory (see <see cref="Continue"/>).</summary>
    internal BuildCache? ContinuedFrom { get; }

    /// <summary>True when saving would write something different from the file this cache started from.</summary>
    public bool HasChanges => _changes > 0 || _current.Count != _previous.Count || IgnoredBecause is not null;

    /// <summary>Articles whose parse or render was reused.</summary>
    public int Hits => _hits;

    /// <summary>Articles that had to be parsed or rendered.</summary>
    public int Misses => _misses;

    /// <summary>
    /// Reads the cache file if there is a usable one; otherwise starts empty. The file is checked and its entries read in
    /// one pass; their HTML stays in the file, which stays open (shared for deleting, so a save can replace it).
    /// </summary>
    public static BuildCache Open(string file, string context)
    {
        if (!System.IO.File.Exists(file))
        {
            return new BuildCache(file, context, PreviousEntries.None, null);
        }
        SafeFileHandle? handle = null;
        try
        {
            handle = System.IO.File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var (entries, problem) = Read(handle, context, BodyStore.FileBeside(file));
            if (problem is not null)
            {
                handle.Dispose();
            }
            return new BuildCache(file, context, entries, problem);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException
                                       or ArgumentException or FormatException or DecoderFallbackException or OverflowException)
        {
            handle?.Dispose();
            return new BuildCache(file, context, PreviousEntries.None, "it is damaged (" + ex.Message + ")");
        }
    }

    /// <summary>
    /// A cache for the next build of the same process that starts from the entries <paramref name="earlier"/>'s build used,
    /// without reading the file. Entries of articles that build did not load (deleted since) are left behind, as a save would.
    /// Call only after <paramref name="earlier"/>'s build has finished with it.
    /// </summary>
    internal static BuildCache Continue(BuildCache earlier)
    {
        var entries = new Dictionary<string, CacheEntry>(earlier._current, StringComparer.Ordinal);
        var ranges = new Dictionary<string, (long Offset, int Length)>(entries.Count, StringComparer.Ordinal);
        // The bodies file the entries lie in now; the bytes read are still right only while that is the one they point into.
        var bodies = earlier._savedBodies ?? earlier._previousBodies;
        foreach (var (key, entry) in entries)
        {
            // Still the object read from the file: its bytes there can be copied as they are when this cache is saved.
            if (ReferenceEquals(bodies, earlier._previousBodies) && earlier._previous.TryGetValue(key, out var read) && ReferenceEquals(read, entry)
                && earlier._previousBytes.TryGetValue(key, out var range))
            {
                ranges[key] = range;
            }
        }
        return new BuildCache(earlier.File, earlier.Context, new PreviousEntries(entries, ranges, earlier._previousFile, bodies), null, earlier);
    }

    /// <summary>The entry for <paramref name="key"/> if it was made from content with <paramref name="contentHash"/>.</summary>
    public CacheEntry? Find(string key, string contentHash)
    {
        if (_current.TryGetValue(key, out var entry) || _previous.TryGetValue(key, out entry))
        {
            if (entry.ContentHash == contentHash)
            {
                _current[key] = entry;
                return entry;
            }
        }
        return null;
    }

    /// <summary>
    /// The entry for <paramref name="key"/> when the file still has the length and last-write time it had when the
    /// entry was made, so it need not be read and hashed again; null otherwise.
    /// </summary>
    public CacheEntry? FindUnchanged(string key, long length, long stamp)
    {
        if (stamp != 0 && (_current.TryGetValue(key, out var entry) || _previous.TryGetValue(key, out entry))
            && entry.SourceStamp == stamp && entry.SourceLength == length)
        {
            _current[key] = entry;
            return entry;
        }
        return null;
    }

    /// <summary>The entry this build found or stored for <paramref name="key"/> (already checked against the file's content).</summary>
    public CacheEntry? Current(string key) => _current.TryGetValue(key, out var entry) ? entry : null;

    /// <summary>Records a fresh entry (replacing any older one for the key).</summary>
    public void Store(string key, CacheEntry entry)
    {
        _current[key] = entry;
        Interlocked.Increment(ref _changes);
    }

    public void CountHit() => Interlocked.Increment(ref _hits);

    public void CountMiss() => Interlocked.Increment(ref _misses);

    /// <summary>
    /// Writes the entries used by this build (so entries of deleted articles fall away), atomically, when anything changed
    /// (or always, with <paramref name="force"/>: a cache continued in memory may carry changes its predecessor never saved).
    /// Failing to write the cache never fails a build: returns the reason instead.
    /// </summary>
    public string? Save(bool force = false)
    {
        if (!force && !HasChanges)
        {
            return null;
        }
        var temp = File + ".tmp-" + Environment.ProcessId;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(File)!);
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                Write(stream);
            }
            System.IO.File.Move(temp, File, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return ex.Message;
        }
    }

    private void Write(Stream stream)
    {
        var sorted = new List<KeyValuePair<string, CacheEntry>>(_current);
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        // The bodies first: the entries written below say where each lies.
        var placed = new Dictionary<CachedHtml, long>(ReferenceEqualityComparer.Instance);
        var lost = new HashSet<CachedHtml>(ReferenceEqualityComparer.Instance);
        var bodies = BodyWriting.Write(File, sorted, _savedBodies ?? _previousBodies, placed, lost);
        long OffsetOf(CachedHtml html) => placed.TryGetValue(html, out var at) ? at : html.OffsetIn(bodies);

        // Entries go through a small buffer so the checksum is computed as the file is written, without a second copy of it.
        var hash = CheckedCacheFile.NewChecksum();
        var buffer = new MemoryStream();
        using var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Context);
        w.Write(sorted.Count);
        w.Write(bodies.Id);
        w.Write(bodies.Length);
        foreach (var (key, entry) in sorted)
        {
            // An entry taken over untouched from the file read (same object, so nothing was stored over it), whose body
            // still lies where it did, is copied as it was.
            if (ReferenceEquals(bodies, _previousBodies) && _previous.TryGetValue(key, out var previous) && ReferenceEquals(previous, entry)
                && _previousBytes.TryGetValue(key, out var range))
            {
                CopyFromPrevious(w, range.Offset, range.Length);
            }
            else
            {
                var kept = entry.Markdown is { } md && lost.Contains(md.Html) ? entry with { Markdown = null } : entry;
                CacheCodec.WriteEntry(w, key, kept, OffsetOf);
            }
            if (buffer.Length >= 1 << 20)
            {
                Flush(w, buffer, hash, stream);
            }
        }
        Flush(w, buffer, hash, stream);
        stream.Write(hash.GetHashAndReset());
        // Bodies written from memory now lie in the file too: a later save of a cache continued from this one keeps them there.
        foreach (var (html, at) in placed)
        {
            html.StoredAt(bodies, at);
        }
        _savedBodies = bodies;
    }

    private static void Flush(BinaryWriter w, MemoryStream buffer, System.IO.Hashing.XxHash128 hash, Stream stream)
    {
        w.Flush();
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        hash.Append(bytes);
        stream.Write(bytes);
        buffer.SetLength(0);
    }

    /// <summary>Copies an entry as it lies in the file read, through a pooled buffer.</summary>
    private void CopyFromPrevious(BinaryWriter w, long offset, int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(length, 1 << 20));
        try
        {
            var done = 0;
            while (done < length)
            {
                var n = RandomAccess.Read(_previousFile!, buffer.AsSpan(0, Math.Min(buffer.Length, length - done)), offset + done);
                if (n == 0)
                {
                    throw new IOException("the build cache file got shorter while it was copied");
                }
                w.Write(buffer.AsSpan(0, n));
                done += n;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (PreviousEntries Entries, string? Problem) Read(SafeFileHandle handle, string context, string bodiesFile)
    {
        var length = RandomAccess.GetLength(handle);
        if (length < Magic.Length + CheckedCacheFile.ChecksumLength)
        {
            return (PreviousEntries.None, "it is not a Digest cache file");
        }
        var payload = length - CheckedCacheFile.ChecksumLength;
        var checksum = new byte[CheckedCacheFile.ChecksumLength];
        if (RandomAccess.Read(handle, checksum, payload) != checksum.Length)
        {
            return (PreviousEntries.None, "it is damaged (truncated)");
        }
        using var stream = new CacheFileReader(handle, payload);
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (CheckedCacheFile.ReadHeader(r, Magic, FormatVersion, context, payload, out var count) is { } problem)
        {
            return (PreviousEntries.None, problem);
        }
        var bodiesId = r.ReadBytes(BodyStore.IdLength);
        var bodiesLength = r.ReadInt64();
        if (bodiesId.Length != BodyStore.IdLength)
        {
            return (PreviousEntries.None, "it is damaged (bodies file)");
        }
        if (BodyStore.Open(bodiesFile, bodiesId, bodiesLength, out var bodiesProblem) is not { } bodies)
        {
            return (PreviousEntries.None, bodiesProblem);
        }
        // Entries are read before the checksum is known (that takes the whole file); they are thrown away unless it matches.
        var entries = new Dictionary<string, CacheEntry>(count, StringComparer.Ordinal);
        var ranges = new Dictionary<string, (long Offset, int Length)>(count, StringComparer.Ordinal);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var start = stream.Position;
                var (key, entry) = CacheCodec.ReadEntry(r, bodies);
                entries[key] = entry;
                ranges[key] = (start, checked((int)(stream.Position - start)));
            }
        }
        catch
        {
            bodies.Dispose();
            throw;
        }
        if (stream.Position != payload)
        {
            bodies.Dispose();
            return (PreviousEntries.None, "it is damaged (trailing data)");
        }
        if (!stream.Matches(checksum))
        {
            bodies.Dispose();
            return (PreviousEntries.None, "its checksum does not match (damaged)");
        }
        return (new PreviousEntries(entries, ranges, handle, bodies), null);
    }

    private static void TryDelete(string path)
    {
        try
        {
            System.IO.File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
