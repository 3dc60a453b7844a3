using System.Collections.Concurrent;
using System.Text;
using Digest.Site.Output;
using Digest.Site.Rendering;
using Digest.Site.Rendering.ViewModels;

namespace Digest.Site.Caching;

/// <summary>
/// Lets a rebuild skip the templates for pages whose data did not change. For each page it remembers the
/// fingerprint of the data the page showed and the length, hash (XxHash128) and modification time of the file it rendered to;
/// the bytes themselves are not kept here but stay in the output folder, where the last build wrote them. A page is
/// reused only when its fingerprint is unchanged and the file on disk is still the one written (same length and
/// modification time, or else read back with exactly the recorded hash), so a hand-edited, deleted or foreign output
/// file is simply rendered again. Kept in its own file beside the build cache, with the same context
/// header (tool build, theme, settings, options) and a checksum; a mismatch sets the whole file aside.
/// Thread-safe: pages render in parallel.
/// </summary>
internal sealed class PageCache : IPageMemo, IOutputReuse
{
    // 5: entries carry the token of their page's inputs.
    public const int FormatVersion = 5;

    private static readonly byte[] Magic = "DGSTPAGE"u8.ToArray();

    private readonly Dictionary<string, PageCacheEntry> _previous;
    private readonly ConcurrentDictionary<string, PageCacheEntry> _current = new(StringComparer.Ordinal);
    private readonly string _outputDir;
    private int _reused;
    private int _rendered;
    private volatile bool _restamped;
    private volatile bool _generatedChanged;
    private PageInputs? _inputs;

    private PageCache(string file, string context, string outputDir, Dictionary<string, PageCacheEntry> previous, string? ignoredBecause)
    {
        File = file;
        Context = context;
        _outputDir = outputDir;
        _previous = previous;
        IgnoredBecause = ignoredBecause;
    }

    /// <summary>The page cache file.</summary>
    public string File { get; }

    /// <summary>Hash of everything outside the pages' own data that rendered pages depend on.</summary>
    public string Context { get; }

    /// <summary>Why the existing file was not used (null when it was used or there was none).</summary>
    public string? IgnoredBecause { get; }

    /// <summary>Pages taken from the output folder without rendering.</summary>
    public int Reused => _reused;

    /// <summary>Pages rendered through the templates.</summary>
    public int Rendered => _rendered;

    /// <summary>The page cache that belongs beside build cache file <paramref name="cacheFile"/>.</summary>
    public static string FileBeside(string cacheFile) => Path.ChangeExtension(cacheFile, ".digest-pages");

    /// <summary>Reads the page cache file if there is a usable one; otherwise starts empty.</summary>
    public static PageCache Open(string file, string context, string outputDir)
    {
        var output = Path.GetFullPath(outputDir);
        if (!System.IO.File.Exists(file))
        {
            return new PageCache(file, context, output, new(StringComparer.Ordinal), null);
        }
        try
        {
            var (entries, problem) = Read(System.IO.File.ReadAllBytes(file), context);
            return new PageCache(file, context, output, entries, problem);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException
                                       or ArgumentException or FormatException or DecoderFallbackException or OverflowException)
        {
            return new PageCache(file, context, output, new(StringComparer.Ordinal), "it is damaged (" + ex.Message + ")");
        }
    }

    /// <summary>
    /// Puts the file the last build wrote for <paramref name="path"/> into <paramref name="output"/> when it came from
    /// data with <paramref name="fingerprint"/> and the output folder still holds it unchanged; false otherwise (the
    /// caller renders it). A staged build trusts an unchanged length and modification time; otherwise the file is read
    /// back and must have the recorded hash. <paramref name="page"/> is false for generated files (feeds), which are not
    /// counted as pages.
    /// </summary>
    public bool TryReuse(string path, byte[] fingerprint, IPageSink output, bool page = true)
    {
        if (!_previous.TryGetValue(path, out var entry) || !entry.Fingerprint.AsSpan().SequenceEqual(fingerprint))
        {
            return false;
        }
        if (!output.TryKeep(path, entry.Length, entry.Stamp))
        {
            var bytes = ReadOutput(path, entry.Length);
            if (bytes is null || !System.IO.Hashing.XxHash128.Hash(bytes).AsSpan().SequenceEqual(entry.ContentHash))
            {
                return false;
            }
            output.Add(path, bytes);
            entry = entry with { Stamp = output.StampOf(path) };
            _restamped = true;
        }
        if (page)
        {
            // The page shows the data it was rendered from, so its file stands for this build's inputs too; a new token is saved.
            var inputs = _inputs?.For(path);
            if (!(inputs ?? []).AsSpan().SequenceEqual(entry.Inputs ?? []))
            {
                entry = entry with { Inputs = inputs };
                _restamped = true;
            }
        }
        _current[path] = entry;
        if (page)
        {
            Interlocked.Increment(ref _reused);
        }
        return true;
    }

    /// <summary>Sets the tokens of this build's page inputs (null: none; every page is then fingerprinted).</summary>
    public void UseInputs(PageInputs? inputs) => _inputs = inputs;

    public bool KeepUnaffected(string path, IPageSink output)
    {
        if (_inputs is null || !_previous.TryGetValue(path, out var entry) || entry.Inputs is not { } was
            || _inputs.For(path) is not { } now || !was.AsSpan().SequenceEqual(now))
        {
            return false;
        }
        // Only a file still as written is kept here; one that was touched goes the long way, where it is read back and checked.
        if (!output.TryKeep(path, entry.Length, entry.Stamp))
        {
            return false;
        }
        _current[path] = entry;
        Interlocked.Increment(ref _reused);
        return true;
    }

    /// <summary>Records what <paramref name="path"/> rendered to from data with <paramref name="fingerprint"/>, after it was added to <paramref name="output"/>.</summary>
    public void Record(string path, byte[] fingerprint, ReadOnlySpan<byte> bytes, IPageSink output, bool page = true)
    {
        _current[path] = new PageCacheEntry(fingerprint, bytes.Length, System.IO.Hashing.XxHash128.Hash(bytes), output.StampOf(path),
            page ? _inputs?.For(path) : null);
        if (page)
        {
            Interlocked.Increment(ref _rendered);
        }
        else
        {
            _generatedChanged = true;
        }
    }

    public bool Keeps => true;

    public bool TryKeep(string kind, string path, string title, string? description, IReadOnlyList<FeedLinkView> feeds,
        IReadOnlyList<KeyValuePair<string, object?>> values, IPageSink output, out object? shown)
    {
        var fingerprint = PageFingerprint.Compute(kind, path, title, description, feeds, values);
        if (fingerprint is not null && TryReuse(path, fingerprint, output))
        {
            shown = null;
            return true;
        }
        shown = fingerprint;
        return false;
    }

    void IPageMemo.Rendered(string path, object shown, ReadOnlySpan<byte> bytes, IPageSink output) => Record(path, (byte[])shown, bytes, output);

    public bool TryKeep(string path, byte[] version, OutputSet output) => TryReuse(path, version, output, page: false);

    public void Made(string path, byte[] version, ReadOnlySpan<byte> bytes, OutputSet output) => Record(path, version, bytes, output, page: false);

    /// <summary>
    /// Writes the entries of this build's pages (pages that no longer exist fall away), atomically, when anything changed.
    /// Failing to write never fails a build: returns the reason instead.
    /// </summary>
    public string? Save()
    {
        if (_rendered == 0 && _current.Count == _previous.Count && IgnoredBecause is null && !_restamped && !_generatedChanged)
        {
            return null;
        }
        return CheckedCacheFile.WriteAtomically(File, Serialize(Context, _current));
    }

    private byte[]? ReadOutput(string path, long length)
    {
        var full = Path.Combine(_outputDir, path);
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
            if (stream.Length != length)
            {
                return null;
            }
            var bytes = new byte[length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The file's bytes: header, entries sorted by path, SHA-256 of everything before it.</summary>
    public static byte[] Serialize(string context, IEnumerable<KeyValuePair<string, PageCacheEntry>> entries)
    {
        var sorted = new List<KeyValuePair<string, PageCacheEntry>>(entries);
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write(context);
            w.Write(sorted.Count);
            foreach (var (path, entry) in sorted)
            {
                w.Write(path);
                WriteBytes(w, entry.Fingerprint);
                w.Write(entry.Length);
                WriteBytes(w, entry.ContentHash);
                w.Write(entry.Stamp);
                WriteBytes(w, entry.Inputs ?? []);
            }
        }
        var payload = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        buffer.Write(CheckedCacheFile.Checksum(payload));
        return buffer.ToArray();
    }

    private static void WriteBytes(BinaryWriter w, byte[] bytes)
    {
        w.Write(bytes.Length);
        w.Write(bytes);
    }

    private static byte[] ReadBytes(BinaryReader r)
    {
        var length = r.ReadInt32();
        if (length is < 0 or > 64)
        {
            throw new InvalidDataException("hash length");
        }
        var bytes = r.ReadBytes(length);
        return bytes.Length == length ? bytes : throw new EndOfStreamException();
    }

    private static (Dictionary<string, PageCacheEntry> Entries, string? Problem) Read(byte[] bytes, string context)
    {
        var empty = new Dictionary<string, PageCacheEntry>(StringComparer.Ordinal);
        var problem = CheckedCacheFile.Open(bytes, Magic, FormatVersion, context, out var r, out var count, out var end);
        if (problem is not null || r is null)
        {
            return (empty, problem);
        }
        using var reader = r;
        var entries = new Dictionary<string, PageCacheEntry>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var path = r.ReadString();
            var fingerprint = ReadBytes(r);
            var length = r.ReadInt64();
            var hash = ReadBytes(r);
            var stamp = r.ReadInt64();
            var inputs = ReadBytes(r);
            if (length < 0 || !OutputSet.IsSafeRelativePath(path))
            {
                return (empty, "it is damaged (entry)");
            }
            entries[path] = new PageCacheEntry(fingerprint, length, hash, stamp, inputs.Length > 0 ? inputs : null);
        }
        return r.BaseStream.Position == end ? (entries, null) : (empty, "it is damaged (trailing data)");
    }
}
