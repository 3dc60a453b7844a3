using System.Security.Cryptography;
using System.Text;
using Digest.Site.Output.Search;

namespace Digest.Site.Caching;

/// <summary>
/// Each article's search terms from the last build, so a rebuild tokenizes only articles whose indexed texts changed.
/// An entry is found by <see cref="SearchTermsKey"/>, the hash of exactly the texts the terms come from. Kept in its own
/// file beside the build cache with the same frame (<see cref="CheckedCacheFile"/>: magic, format, context, checksum);
/// a file that fails a check is set aside as a whole, and an entry that does not make sense is not used: never trusted.
/// One instance serves one build: its <see cref="Table"/> numbers the build's terms, starting with the file's.
/// Lookups are thread-safe: articles are tokenized in parallel.
/// </summary>
internal sealed class SearchTermsCache
{
    public const int FormatVersion = 3;

    private const int MaskBits = 4;
    private const uint MaxMask = (1 << MaskBits) - 1;

    private static readonly byte[] Magic = "DGSTSRCH"u8.ToArray();

    // The file's bytes and, by key, where each article's entry lies in them; entries are decoded when used.
    private readonly byte[] _bytes;
    private readonly Dictionary<SearchTermsKey, (int Start, int Length)> _previous;
    private readonly int _fileTermCount;
    private readonly int _previousCount;
    private int _reused;
    private int _tokenized;

    private SearchTermsCache(string file, string context, byte[] bytes, Dictionary<SearchTermsKey, (int, int)> previous, SearchTermTable table,
        int previousCount, string? ignoredBecause)
    {
        File = file;
        Context = context;
        _bytes = bytes;
        _previous = previous;
        Table = table;
        _fileTermCount = table.Count;
        _previousCount = previousCount;
        IgnoredBecause = ignoredBecause;
    }

    /// <summary>The search-terms cache file.</summary>
    public string File { get; }

    /// <summary>Hash of everything outside the articles that cached terms depend on (tool build, theme, settings, options).</summary>
    public string Context { get; }

    /// <summary>Why the existing file was not used (null when it was used or there was none).</summary>
    public string? IgnoredBecause { get; }

    /// <summary>The term ids of this build; the file's terms have the ids of their numbers in the file, so entries need no translation.</summary>
    public SearchTermTable Table { get; }

    /// <summary>Articles whose terms were taken from the file.</summary>
    public int Reused => _reused;

    /// <summary>Articles looked up without a usable entry (they had to be tokenized).</summary>
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

    /// <summary>The terms recorded for an article with <paramref name="key"/> (ids of <see cref="Table"/>), or null when there is no usable entry.</summary>
    public ArticleTerms? TryReuse(SearchTermsKey key)
    {
        if (_previous.TryGetValue(key, out var range) && Decode(_bytes.AsSpan(range.Start, range.Length), _fileTermCount) is { } terms)
        {
            Interlocked.Increment(ref _reused);
            return terms;
        }
        Interlocked.Increment(ref _tokenized);
        return null;
    }

    /// <summary>
    /// Writes this build's articles (<paramref name="keys"/> and <paramref name="terms"/> by article, ids of <see cref="Table"/>)
    /// atomically. Skipped while the file still serves nearly every article: tokenizing a few articles again costs
    /// less than rewriting the whole file. Failing to write never fails a build: returns the reason instead.
    /// </summary>
    public string? Save(IReadOnlyList<SearchTermsKey> keys, IReadOnlyList<ArticleTerms> terms)
    {
        if (!WorthRewriting(keys.Count))
        {
            return null;
        }
        return CheckedCacheFile.WriteAtomically(File, Serialize(Context, keys, terms, Table.Terms()));
    }

    /// <summary>
    /// True when the file is missing or set aside, or when the articles it could not serve plus its entries this build
    /// did not use exceed 1 % of the articles (at least 4): then stale entries are dropped and new ones kept.
    /// </summary>
    private bool WorthRewriting(int articles)
    {
        if (_previousCount == 0 || IgnoredBecause is not null)
        {
            return articles > 0 || _previousCount > 0 || IgnoredBecause is not null;
        }
        var unused = Math.Max(0, _previousCount - _reused);
        return _tokenized + unused > Math.Max(4, articles / 100);
    }

    /// <summary>
    /// The file's bytes: header; the terms the articles use, numbered in order of first use (so the same site gives the
    /// same bytes); per article its key, the length of its entry and the entry: term count, then for each term in
    /// ascending number order the gap to the previous number and its field mask as one number; then a checksum.
    /// </summary>
    public static byte[] Serialize(string context, IReadOnlyList<SearchTermsKey> keys, IReadOnlyList<ArticleTerms> terms, string[] termsById)
    {
        var numberOfId = new int[termsById.Length];
        Array.Fill(numberOfId, -1);
        var used = new List<string>();
        var postings = 0L;
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
            postings += article.Count;
        }

        var buffer = new MemoryStream((int)Math.Min(int.MaxValue / 2, postings * 2 + used.Count * 12L + keys.Count * 40L + 1024));
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
        }
        var numbers = new int[256];
        var masks = new byte[256];
        var entry = new byte[1024];
        Span<byte> head = stackalloc byte[SearchTermsKey.Length + 5];
        for (var i = 0; i < keys.Count; i++)
        {
            var article = terms[i];
            if (numbers.Length < article.Count)
            {
                numbers = new int[article.Count];
                masks = new byte[article.Count];
            }
            if (entry.Length < 5 * (article.Count + 1))
            {
                entry = new byte[5 * (article.Count + 1)];
            }
            var n = numbers.AsSpan(0, article.Count);
            var m = masks.AsSpan(0, article.Count);
            for (var k = 0; k < n.Length; k++)
            {
                n[k] = numberOfId[article.Ids[k]];
                m[k] = article.Masks[k];
            }
            n.Sort(m);
            var length = WriteNumber(entry, (uint)n.Length);
            var previous = -1;
            for (var k = 0; k < n.Length; k++)
            {
                length += WriteNumber(entry.AsSpan(length), ((uint)(n[k] - previous) << MaskBits) | m[k]);
                previous = n[k];
            }
            keys[i].WriteTo(head);
            var headLength = SearchTermsKey.Length + WriteNumber(head[SearchTermsKey.Length..], (uint)length);
            buffer.Write(head[..headLength]);
            buffer.Write(entry, 0, length);
        }
        var payload = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        buffer.Write(CheckedCacheFile.Checksum(payload));
        return buffer.ToArray();
    }

    /// <summary>One entry's terms, or null when it does not make sense (numbers out of range or not ascending, empty masks).</summary>
    private static ArticleTerms? Decode(ReadOnlySpan<byte> entry, int termCount)
    {
        var at = 0;
        if (!TryReadNumber(entry, ref at, out var count) || count > (uint)(entry.Length - at))
        {
            return null;
        }
        var ids = new int[count];
        var masks = new byte[count];
        var previous = -1L;
        for (var k = 0; k < ids.Length; k++)
        {
            if (!TryReadNumber(entry, ref at, out var value))
            {
                return null;
            }
            var number = previous + (value >> MaskBits);
            var mask = value & MaxMask;
            if (number == previous || number >= termCount || mask == 0)
            {
                return null;
            }
            ids[k] = (int)number;
            masks[k] = (byte)mask;
            previous = number;
        }
        return at == entry.Length ? new ArticleTerms(ids, masks) : null;
    }

    private static SearchTermsCache Empty(string file, string context, string? problem) =>
        new(file, context, [], [], new SearchTermTable(), 0, problem);

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
        var terms = new string[termCount];
        for (var i = 0; i < termCount; i++)
        {
            terms[i] = r.ReadString();
        }
        // Throws (and so sets the file aside) when a term is empty or listed twice.
        var table = new SearchTermTable(terms);

        var span = bytes.AsSpan(0, (int)end);
        var at = (int)r.BaseStream.Position;
        var entries = new Dictionary<SearchTermsKey, (int, int)>(count);
        for (var a = 0; a < count; a++)
        {
            if (span.Length - at < SearchTermsKey.Length)
            {
                return Empty(file, context, "it is damaged (entry)");
            }
            var key = SearchTermsKey.FromBytes(span[at..]);
            at += SearchTermsKey.Length;
            if (!TryReadNumber(span, ref at, out var length) || length > (uint)(span.Length - at))
            {
                return Empty(file, context, "it is damaged (entry)");
            }
            entries[key] = (at, (int)length);
            at += (int)length;
        }
        return at == end ? new SearchTermsCache(file, context, bytes, entries, table, count, null) : Empty(file, context, "it is damaged (trailing data)");
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

    private static bool TryReadNumber(ReadOnlySpan<byte> bytes, ref int at, out uint value)
    {
        value = 0;
        for (var shift = 0; shift < 32 && at < bytes.Length; shift += 7)
        {
            var b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return true;
            }
        }
        return false;
    }
}
