using System.Buffers;
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
public static class SearchScriptWriter
{
    /// <summary>Upper size of a term chunk before it is split by a longer prefix.</summary>
    public const int ChunkBudget = 48 * 1024;

    public const int DocsPerChunk = 32;

    /// <summary>Script format version, checked by search.js.</summary>
    public const int FormatVersion = 1;

    // Umlauts stay readable (and small); the relaxed encoder still escapes U+2028/2029 and control characters.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Adds the index scripts to <paramref name="output"/>; returns a short content hash for cache busting.</summary>
    public static string Write(SearchIndexData data, OutputSet output)
    {
        var postings = data.Postings;
        var sizes = new int[postings.Count];
        Parallel.For(0, postings.Count, t => sizes[t] = Encoding.UTF8.GetByteCount(postings.Terms[t]) + postings.EncodedLength(t) + 6);
        var chunks = SearchChunker.Chunk(postings.Terms, sizes, ChunkBudget);

        // Each file is made on its own (in parallel); the hash and the output list take them in a fixed order.
        var termFiles = new byte[chunks.Count][];
        Parallel.For(0, chunks.Count, c => termFiles[c] = TermScript(chunks[c], postings, sizes));
        var docChunks = (data.Documents.Count + DocsPerChunk - 1) / DocsPerChunk;
        var docFiles = new byte[docChunks][];
        Parallel.For(0, docChunks, c => docFiles[c] = DocScript(c, data.Documents));

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var c = 0; c < chunks.Count; c++)
        {
            hash.AppendData(termFiles[c]);
            output.Add($"search/t/{SearchChunker.FileName(chunks[c].Key)}.js", termFiles[c]);
        }
        for (var c = 0; c < docChunks; c++)
        {
            hash.AppendData(docFiles[c]);
            output.Add($"search/d/{c}.js", docFiles[c]);
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
