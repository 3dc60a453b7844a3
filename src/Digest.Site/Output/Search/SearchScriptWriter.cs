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
        var sizes = new Dictionary<string, int>(data.Postings.Count, StringComparer.Ordinal);
        foreach (var (term, postings) in data.Postings)
        {
            sizes[term] = Encoding.UTF8.GetByteCount(term) + postings.Length + 6;
        }
        var chunks = SearchChunker.Chunk(sizes, ChunkBudget);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        foreach (var (key, terms) in chunks)
        {
            var bytes = Script("DigestSearch.terms", w =>
            {
                w.WriteStringValue(key);
                w.WriteStartObject();
                foreach (var term in terms)
                {
                    w.WriteString(term, data.Postings[term]);
                }
                w.WriteEndObject();
            });
            hash.AppendData(bytes);
            output.Add($"search/t/{SearchChunker.FileName(key)}.js", bytes);
        }

        var docChunks = (data.Documents.Count + DocsPerChunk - 1) / DocsPerChunk;
        for (var c = 0; c < docChunks; c++)
        {
            var chunk = c;
            var bytes = Script("DigestSearch.docs", w =>
            {
                w.WriteNumberValue(chunk);
                w.WriteStartArray();
                var end = Math.Min(data.Documents.Count, (chunk + 1) * DocsPerChunk);
                for (var i = chunk * DocsPerChunk; i < end; i++)
                {
                    var d = data.Documents[i];
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
            hash.AppendData(bytes);
            output.Add($"search/d/{chunk}.js", bytes);
        }

        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
        var meta = Script("DigestSearch.meta", w =>
        {
            w.WriteStartObject();
            w.WriteNumber("format", FormatVersion);
            w.WriteString("version", version);
            w.WriteNumber("count", data.Documents.Count);
            w.WriteNumber("docsPerChunk", DocsPerChunk);
            w.WriteStartArray("keys");
            foreach (var key in chunks.Keys)
            {
                w.WriteStringValue(key);
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

    /// <summary><c>callee(arg, arg);</c> with the arguments written as JSON.</summary>
    private static byte[] Script(string callee, Action<Utf8JsonWriter> arguments)
    {
        using var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetBytes(callee + "("));
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            // A writer holds one JSON value; the argument list is written as an array whose brackets are dropped below.
            w.WriteStartArray();
            arguments(w);
            w.WriteEndArray();
        }
        var bytes = stream.ToArray();
        var prefix = callee.Length + 1;
        // Drop the outer "[" and "]".
        var result = new byte[bytes.Length - 2 + 3];
        Array.Copy(bytes, 0, result, 0, prefix);
        Array.Copy(bytes, prefix + 1, result, prefix, bytes.Length - prefix - 2);
        result[^3] = (byte)')';
        result[^2] = (byte)';';
        result[^1] = (byte)'\n';
        return result;
    }
}
