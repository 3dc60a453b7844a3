using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Digest.Site.Rendering.ViewModels;

namespace Digest.Site.Caching;

/// <summary>
/// A hash of exactly what one page shows: its kind, path, title, description, feed links and every value handed to
/// its template. Everything else a page depends on (templates, UI strings, settings, tool build) is covered by the
/// cache context, which sets the whole page cache aside when it changes. Values are serialized with
/// System.Text.Json, so a view model that gains a property is fingerprinted without anyone remembering to add it.
/// </summary>
public static class PageFingerprint
{
    // Relaxed escaping: the text is only hashed, never shown, and escaping every umlaut costs time.
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new CardFingerprintConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { HashBodies } },
    };

    /// <summary>
    /// An article page's body goes into its fingerprint as the body's own hash: escaping ten kilobytes of HTML into
    /// JSON only to hash it was the largest single cost of fingerprinting a rebuild, and a reused body is never decoded.
    /// </summary>
    private static void HashBodies(JsonTypeInfo info)
    {
        if (info.Type != typeof(ArticleView))
        {
            return;
        }
        foreach (var property in info.Properties)
        {
            if (property.Name == nameof(ArticleView.Content))
            {
                property.Get = view => Convert.ToBase64String(((ArticleView)view).Body.Fingerprint);
            }
        }
    }

    /// <summary>The fingerprint, or null when a value cannot be serialized (the page is then simply not cached).</summary>
    public static byte[]? Compute(string kind, string path, string title, string? description, IReadOnlyList<FeedLinkView> feeds,
        IReadOnlyList<KeyValuePair<string, object?>> values)
    {
        using var stream = new HashingStream();
        stream.WriteText(kind);
        stream.WriteText(path);
        stream.WriteText(title);
        stream.WriteText(description);
        try
        {
            JsonSerializer.Serialize(stream, feeds, Json);
            foreach (var (name, value) in values)
            {
                stream.WriteText(name);
                stream.WriteText(value?.GetType().FullName);
                JsonSerializer.Serialize(stream, value, value?.GetType() ?? typeof(object), Json);
            }
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
        return stream.Finish();
    }
}
