using System.Security.Cryptography;
using System.Text;
using Digest.Site.Output.Search;

namespace Digest.Site.Caching;

/// <summary>
/// Each article's search terms from the last build, so a rebuild tokenizes only articles whose indexed texts changed.
/// An entry is found by <see cref="SearchTermsKey"/>, the hash of exactly the texts the terms come from. Kept in its own
/// file beside the build cache with the same frame (<see cref="CheckedCacheFile"/>: magic, format, context, checksum);
/// a file that fails any check, or whose entries do not make sense, is set aside as a whole, never trusted.
/// Thread-safe for lookups: articles are tokenized in parallel.
/// </summary>
public sealed class SearchTermsCache
{
    public const int FormatVersion = 1;

    private const int MaskBits = 4;
    private const int MaxMask = (1 << MaskBits) - 1;

    private static readonly byte[] Magic = "DGSTSRCH"u8.ToArray();

    // Key → the article's terms as numbers into the file's term list, with their field masks.
    private readonly Dictionary<SearchTermsKey, (int[] Terms, byte[] Masks)> _previous;
    private readonly string[] _fileTerms;
    private readonly int _previousCount;
    private int _reused;
    private int _tokenized;

    // A file's term numbers, translated into one build's term ids on first use (-1: not yet).
    private int[]? _idsOfFileTerms;
    private SearchTermTable? _table;

    private SearchTermsCache(string file, string context, Dictionary<SearchTermsKey, (int[] Terms, byte[] Masks)> previous, string[] fileTerms, int previousCount, string? ignoredBecause)
    {
        File = file;
        Context = context;
        _previous = previous;
        _fileTerms = fileTerms;
        _previousCount = previousCount;
        IgnoredBecause = ignoredBecause;
    }

    /// <summary>The search-terms cache file.</summary>
    public string File { get; }

    /// <summary>Hash of everything outside the articles that cached terms depend on (tool build, theme, settings, options).</summary>
    public string Context { get; }

    /// <summary>Why the existing file was not used (null when it was used or there was none).</summary>
    public string? IgnoredBecause { get; }

    /// <summary>Articles whose terms were taken from the file.</summary>
    public int Reused => _reused;

    /// <summary>Articles looked up without a recorded entry (they had to be tokenized).</summary>
    public int Tokenized => _tokenized;

    /// <summary>The search-terms cache that belongs beside build cache file <paramref name="cacheFile"/>.</summary>
    public static string FileBeside(string cacheFile) => Path.ChangeExtension(cacheFile, ".digest-search");

    /// <summary>Reads the file if there is a usable one; otherwise starts empty.</summary>
    public static SearchTermsCache Open(string file, string context)
    {
        if (!System.IO.File.Exists(file))
        {
            return Empty(file, context, null);
        }
        try
        {
            return Read(file, System.IO.File.ReadAllBytes(file), context);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException
                                       or ArgumentException or FormatException or DecoderFallbackException or OverflowException)
        {
            return Empty(file, context, "it is damaged (" + ex.Message + ")");
        }
    }

    /// <summary>
    /// The terms recorded for an article with <paramref name="key"/>, as ids of <paramref name="table"/> (always the same
    /// table for one cache), or null when there are none.
    /// </summary>
    public ArticleTerms? TryReuse(SearchTermsKey key, SearchTermTable table)
    {
        if (!_previous.TryGetValue(key, out var entry))
        {
            Interlocked.Increment(ref _tokenized);
            return null;
        }
        var idsOfFileTerms = IdsOfFileTerms(table);
        var ids = new int[entry.Terms.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var number = entry.Terms[i];
            var id = Volatile.Read(ref idsOfFileTerms[number]);
            if (id < 0)
            {
                // Two threads may translate the same term; the table gives both the same id.
                id = table.Id(_fileTerms[number]);
                Volatile.Write(ref idsOfFileTerms[number], id);
            }
            ids[i] = id;
        }
        Interlocked.Increment(ref _reused);
        return new ArticleTerms(ids, (byte[])entry.Masks.Clone());
    }

    /// <summary>
    /// Writes this build's articles (<paramref name="keys"/> and <paramref name="terms"/> by article, ids of
    /// <paramref name="table"/>) atomically, unless the file already holds exactly them.
    /// Failing to write never fails a build: returns the reason instead.
    /// </summary>
    public string? Save(IReadOnlyList<SearchTermsKey> keys, IReadOnlyList<ArticleTerms> terms, SearchTermTable table)
    {
        if (_tokenized == 0 && _reused == keys.Count && _previousCount == keys.Count && IgnoredBecause is null)
        {
            return null;
        }
        var temp = File + ".tmp-" + Environment.ProcessId;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(File)!);
            System.IO.File.WriteAllBytes(temp, Serialize(Context, keys, terms, table.Terms()));
            System.IO.File.Move(temp, File, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                System.IO.File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
            }
            return ex.Message;
        }
    }

    /// <summary>
    /// The file's bytes: header, the terms the articles use (numbered in order of first use, so the same site gives the
    /// same bytes), then per article its key, term count and each term as one number (term number and field mask), then a checksum.
    /// </summary>
    public static byte[] Serialize(string context, IReadOnlyList<SearchTermsKey> keys, IReadOnlyList<ArticleTerms> terms, string[] termsById)
    {
        var numberOfId = new int[termsById.Length];
        Array.Fill(numberOfId, -1);
        var used = new List<string>();
        foreach (var article in terms)
        {
            foreach (var id in article.Ids)
            {
                if (numberOfId[id] < 0)
                {
                    numberOfId[id] = used.Count;
                    used.Add(termsById[id]);
                }
            }
        }

        var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write(context);
            w.Write(keys.Count);
            w.Write(used.Count);
            foreach (var term in used)
            {
                w.Write(term);
            }
            w.Flush();
            var scratch = new byte[1024];
            for (var i = 0; i < keys.Count; i++)
            {
                var article = terms[i];
                var need = SearchTermsKey.Length + 5 * (article.Count + 1);
                if (scratch.Length < need)
                {
                    scratch = new byte[need];
                }
                keys[i].WriteTo(scratch);
                var at = SearchTermsKey.Length;
                at += WriteNumber(scratch.AsSpan(at), (uint)article.Count);
                for (var k = 0; k < article.Count; k++)
                {
                    at += WriteNumber(scratch.AsSpan(at), ((uint)numberOfId[article.Ids[k]] << MaskBits) | article.Masks[k]);
                }
                buffer.Write(scratch, 0, at);
            }
        }
        var payload = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        buffer.Write(SHA256.HashData(payload));
        return buffer.ToArray();
    }

    private int[] IdsOfFileTerms(SearchTermTable table)
    {
        var ids = Volatile.Read(ref _idsOfFileTerms);
        if (ids is not null)
        {
            if (!ReferenceEquals(Volatile.Read(ref _table), table))
            {
                throw new ArgumentException("a search-terms cache serves one term table", nameof(table));
            }
            return ids;
        }
        var fresh = new int[_fileTerms.Length];
        Array.Fill(fresh, -1);
        if (Interlocked.CompareExchange(ref _table, table, null) is { } other && !ReferenceEquals(other, table))
        {
            throw new ArgumentException("a search-terms cache serves one term table", nameof(table));
        }
        return Interlocked.CompareExchange(ref _idsOfFileTerms, fresh, null) ?? fresh;
    }

    private static SearchTermsCache Empty(string file, string context, string? problem) =>
        new(file, context, [], [], 0, problem);

    private static SearchTermsCache Read(string file, byte[] bytes, string context)
    {
        var problem = CheckedCacheFile.Open(bytes, Magic, FormatVersion, context, out var r, out var count, out var end);
        if (problem is not null || r is null)
        {
            return Empty(file, context, problem);
        }
        using var reader = r;
        var termCount = r.ReadInt32();
        if (termCount < 0 || termCount > end)
        {
            return Empty(file, context, "it is damaged (term count)");
        }
        var fileTerms = new string[termCount];
        var distinct = new HashSet<string>(termCount, StringComparer.Ordinal);
        for (var i = 0; i < termCount; i++)
        {
            var term = r.ReadString();
            if (term.Length == 0 || !distinct.Add(term))
            {
                return Empty(file, context, "it is damaged (terms)");
            }
            fileTerms[i] = term;
        }

        var span = bytes.AsSpan(0, (int)end);
        var at = (int)r.BaseStream.Position;
        var entries = new Dictionary<SearchTermsKey, (int[] Terms, byte[] Masks)>(count);
        // seen[n] == article + 1 when article already listed term n: an article lists each term once.
        var seen = new int[termCount];
        for (var a = 0; a < count; a++)
        {
            if (span.Length - at < SearchTermsKey.Length)
            {
                return Empty(file, context, "it is damaged (entry)");
            }
            var key = SearchTermsKey.FromBytes(span[at..]);
            at += SearchTermsKey.Length;
            var n = ReadNumber(span, ref at);
            if (n > (uint)(span.Length - at))
            {
                return Empty(file, context, "it is damaged (entry)");
            }
            var terms = new int[n];
            var masks = new byte[n];
            for (var k = 0; k < terms.Length; k++)
            {
                var value = ReadNumber(span, ref at);
                var number = value >> MaskBits;
                var mask = value & MaxMask;
                if (number >= (uint)termCount || mask == 0 || seen[number] == a + 1)
                {
                    return Empty(file, context, "it is damaged (entry)");
                }
                seen[number] = a + 1;
                terms[k] = (int)number;
                masks[k] = (byte)mask;
            }
            entries[key] = (terms, masks);
        }
        return at == end ? new SearchTermsCache(file, context, entries, fileTerms, count, null) : Empty(file, context, "it is damaged (trailing data)");
    }

    private static int WriteNumber(Span<byte> destination, uint value)
    {
        var at = 0;
        while (value >= 0x80)
        {
            destination[at++] = (byte)(value | 0x80);
            value >>= 7;
        }
        destination[at++] = (byte)value;
        return at;
    }

    private static uint ReadNumber(ReadOnlySpan<byte> bytes, ref int at)
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (at >= bytes.Length)
            {
                throw new EndOfStreamException();
            }
            var b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
        throw new InvalidDataException("number too long");
    }
}
