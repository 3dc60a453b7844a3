using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Digest.Site.Output.Search;

/// <summary>
/// Writes the index as plain scripts that hand their data to the global <c>DigestSearch</c> object, because
/// pages opened from disk may load scripts but not fetch JSON:
/// <c>search/meta.js</c> (chunk keys, topics, counts), <c>search/t/&lt;key&gt;.js</c> (terms and postings by
/// prefix, see <see cref="SearchChunker"/>) and <c>search/d/&lt;n&gt;.js</c> (result details, <see cref="DocsPerChunk"/> per file).
/// </summary>
internal static class SearchScriptWriter
{
    /// <summary>Upper size of a term chunk before it is split by a longer prefix.</summary>
    public const int ChunkBudget = 48 * 1024;

    public const int DocsPerChunk = 32;

    /// <summary>Script format version, checked by search.js.</summary>
    public const int FormatVersion = 1;

    // Umlauts stay readable (and small); the relaxed encoder still escapes U+2028/2029 and control characters.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Adds the index scripts to <paramref name="output"/>; returns a short content hash for cache busting. With a memo of
    /// earlier builds, a script whose data (terms and postings, or documents) is unchanged since the last build is kept as it is,
    /// without encoding it again: after one edit only the chunks holding that article's terms change.
    /// </summary>
    public static string Write(SearchIndexData data, OutputSet output, IOutputReuse? reuse = null)
    {
        reuse ??= NoOutputReuse.Instance;
        var postings = data.Postings;
        var sizes = new int[postings.Count];
        Parallel.For(0, postings.Count, t => sizes[t] = Encoding.UTF8.GetByteCount(postings.Terms[t]) + postings.EncodedLength(t) + 6);
        var chunks = SearchChunker.Chunk(postings.Terms, sizes, ChunkBudget);

        // Each file is made on its own (in parallel); the version takes their fingerprints in a fixed order.
        var termPrints = new byte[chunks.Count][];
        Parallel.For(0, chunks.Count, c =>
        {
            var chunk = chunks[c];
            termPrints[c] = Reuse($"search/t/{SearchChunker.FileName(chunk.Key)}.js", TermFingerprint(chunk, postings), output, reuse,
                () => TermScript(chunk, postings, sizes));
        });
        var docChunks = (data.Documents.Count + DocsPerChunk - 1) / DocsPerChunk;
        var docPrints = new byte[docChunks][];
        Parallel.For(0, docChunks, c => docPrints[c] = Reuse($"search/d/{c}.js", DocFingerprint(c, data.Documents), output, reuse,
            () => DocScript(c, data.Documents)));

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var print in termPrints)
        {
            hash.AppendData(print);
        }
        foreach (var print in docPrints)
        {
            hash.AppendData(print);
        }
        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
        var meta = Script("DigestSearch.meta", 1024, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("format", FormatVersion);
            w.WriteString("version", version);
            w.WriteNumber("count", data.Documents.Count);
            w.WriteNumber("docsPerChunk", DocsPerChunk);
            w.WriteStartArray("keys");
            foreach (var chunk in chunks)
            {
                w.WriteStringValue(chunk.Key);
            }
            w.WriteEndArray();
            w.WriteStartArray("topics");
            foreach (var (label, url) in data.Topics)
            {
                w.WriteStartArray();
                w.WriteStringValue(label);
                w.WriteStringValue(url);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
        output.Add("search/meta.js", meta);
        return version;
    }

    /// <summary>Keeps the file at <paramref name="path"/> when its fingerprint is unchanged, else makes and adds it; returns the fingerprint.</summary>
    private static byte[] Reuse(string path, byte[] fingerprint, OutputSet output, IOutputReuse reuse, Func<byte[]> make)
    {
        if (reuse.TryKeep(path, fingerprint, output))
        {
            return fingerprint;
        }
        var bytes = make();
        output.Add(path, bytes);
        reuse.Made(path, fingerprint, bytes, output);
        return fingerprint;
    }

    /// <summary>Everything a term chunk's script is made from: its key, and each term with its postings as stored.</summary>
    private static byte[] TermFingerprint(SearchChunk chunk, SearchPostingTable postings)
    {
        var hash = new XxHash128();
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(number, FormatVersion);
        hash.Append(number);
        AppendText(hash, chunk.Key);
        for (var t = chunk.Start; t < chunk.End; t++)
        {
            AppendText(hash, postings.Terms[t]);
            var range = postings.Starts[t]..postings.Starts[t + 1];
            var documents = MemoryMarshal.AsBytes(postings.Documents.AsSpan(range));
            BinaryPrimitives.WriteInt32LittleEndian(number, documents.Length);
            hash.Append(number);
            hash.Append(documents);
            hash.Append(postings.Masks.AsSpan(range));
        }
        return hash.GetHashAndReset();
    }

    /// <summary>Everything a documents script is made from: its number and each document's fields.</summary>
    private static byte[] DocFingerprint(int chunk, IReadOnlyList<SearchDocument> documents)
    {
        var hash = new XxHash128();
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(number, FormatVersion);
        hash.Append(number);
        BinaryPrimitives.WriteInt32LittleEndian(number, chunk);
        hash.Append(number);
        var end = Math.Min(documents.Count, (chunk + 1) * DocsPerChunk);
        for (var i = chunk * DocsPerChunk; i < end; i++)
        {
            var d = documents[i];
            AppendText(hash, d.Url);
            AppendText(hash, d.Title);
            AppendText(hash, d.DateIso);
            AppendText(hash, d.DateText);
            BinaryPrimitives.WriteInt32LittleEndian(number, d.Topics.Count);
            hash.Append(number);
            foreach (var topic in d.Topics)
            {
                BinaryPrimitives.WriteInt32LittleEndian(number, topic);
                hash.Append(number);
            }
            AppendText(hash, d.Snippet);
        }
        return hash.GetHashAndReset();
    }

    /// <summary>Adds a text with its length (-1 for none), so neighbouring texts never run together.</summary>
    private static void AppendText(XxHash128 hash, string? text)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, text is null ? -1 : text.Length);
        hash.Append(length);
        if (text is not null)
        {
            hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        }
    }

    /// <summary><c>DigestSearch.terms(key, {term: postings, …});</c> for one chunk.</summary>
    private static byte[] TermScript(SearchChunk chunk, SearchPostingTable postings, int[] sizes)
    {
        var estimate = 64;
        var longest = 0;
        for (var t = chunk.Start; t < chunk.End; t++)
        {
            estimate += sizes[t];
            longest = Math.Max(longest, sizes[t]);
        }
        var buffer = new char[longest];
        return Script("DigestSearch.terms", estimate, w =>
        {
            w.WriteStringValue(chunk.Key);
            w.WriteStartObject();
            for (var t = chunk.Start; t < chunk.End; t++)
            {
                var length = postings.Encode(t, buffer);
                w.WriteString(postings.Terms[t], buffer.AsSpan(0, length));
            }
            w.WriteEndObject();
        });
    }

    /// <summary><c>DigestSearch.docs(n, [[url, title, iso, date, [topics], snippet], …]);</c> for documents chunk <paramref name="chunk"/>.</summary>
    private static byte[] DocScript(int chunk, IReadOnlyList<SearchDocument> documents) =>
        Script("DigestSearch.docs", 8 * 1024, w =>
        {
            w.WriteNumberValue(chunk);
            w.WriteStartArray();
            var end = Math.Min(documents.Count, (chunk + 1) * DocsPerChunk);
            for (var i = chunk * DocsPerChunk; i < end; i++)
            {
                var d = documents[i];
                w.WriteStartArray();
                w.WriteStringValue(d.Url);
                w.WriteStringValue(d.Title);
                w.WriteStringValue(d.DateIso);
                w.WriteStringValue(d.DateText);
                w.WriteStartArray();
                foreach (var t in d.Topics)
                {
                    w.WriteNumberValue(t);
                }
                w.WriteEndArray();
                w.WriteStringValue(d.Snippet ?? string.Empty);
                w.WriteEndArray();
            }
            w.WriteEndArray();
        });

    /// <summary><c>callee(arg, arg);</c> with the arguments written as JSON.</summary>
    private static byte[] Script(string callee, int estimate, Action<Utf8JsonWriter> arguments)
    {
        var buffer = new ArrayBufferWriter<byte>(estimate + callee.Length + 8);
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            // A writer holds one JSON value; the argument list is written as an array whose brackets are dropped below.
            w.WriteStartArray();
            arguments(w);
            w.WriteEndArray();
        }
        var json = buffer.WrittenSpan;
        var prefix = Encoding.UTF8.GetByteCount(callee) + 1;
        var result = new byte[prefix + json.Length - 2 + 3];
        Encoding.UTF8.GetBytes(callee, result);
        result[prefix - 1] = (byte)'(';
        json[1..^1].CopyTo(result.AsSpan(prefix));
        result[^3] = (byte)')';
        result[^2] = (byte)';';
        result[^1] = (byte)'\n';
        return result;
    }
}
