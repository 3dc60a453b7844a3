using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Digest.Site.Output.Feeds;

/// <summary>
/// Writes a JSON Feed 1.1 in pieces: an indented envelope around compact items, one item per line, each
/// rendered once and shared by every feed that lists it (joined by <see cref="FeedFileWriter"/>). Topics are
/// <c>tags</c>; experts, which JSON Feed has no field for, go into the extension object <c>_digest</c>
/// (<c>experts</c>: name and url; <c>topics</c>: slug, label and url).
/// </summary>
internal static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    /// <summary>For the envelope.</summary>
    public static readonly JsonWriterOptions HeadOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>For items: compact, so an item is one line.</summary>
    public static readonly JsonWriterOptions ItemOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Goes between two items.</summary>
    public static ReadOnlySpan<byte> Separator => ","u8;

    /// <summary>Closes the items array and the feed object.</summary>
    public static ReadOnlySpan<byte> Tail(int items) => items == 0 ? "]\n}\n"u8 : "\n  ]\n}\n"u8;

    /// <summary>The feed object up to and including the opening bracket of <c>items</c>.</summary>
    public static void WriteHead(IBufferWriter<byte> output, FeedDefinition feed, FeedSiteInfo site, FeedUrls urls)
    {
        using var w = new Utf8JsonWriter(output, HeadOptions);
        w.WriteStartObject();
        w.WriteString("version", Version);
        w.WriteString("title", feed.Title);
        w.WriteString("home_page_url", urls.To(feed.PagePath));
        w.WriteString("feed_url", urls.To(feed.JsonPath));
        if (!string.IsNullOrWhiteSpace(feed.Description))
        {
            w.WriteString("description", feed.Description);
        }
        w.WriteString("language", site.Language);
        w.WriteStartArray("authors");
        w.WriteStartObject();
        w.WriteString("name", site.Author);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("items");
        // The writer is left open on purpose: the items and the tail are joined on afterwards.
        w.Flush();
    }

    /// <summary>
    /// One item on its own line: the line break and indent, then the item as compact JSON. <paramref name="w"/>
    /// writes to <paramref name="output"/> (reset to it by the caller), so one writer serves many items.
    /// </summary>
    public static void WriteItem(IBufferWriter<byte> output, Utf8JsonWriter w, FeedEntry entry, FeedUrls urls)
    {
        output.Write("\n    "u8);
        var article = entry.Article;
        w.WriteStartObject();
        w.WriteString("id", urls.Id(article.OutputPath));
        w.WriteString("url", urls.To(article.OutputPath));
        w.WriteString("title", article.Article.Title);
        w.WritePropertyName("content_html");
        var html = entry.Html;
        var at = 0;
        foreach (var edit in entry.Edits)
        {
            w.WriteStringValueSegment(html.AsSpan(at, edit.Start - at), false);
            w.WriteStringValueSegment(edit.Replacement, false);
            at = edit.Start + edit.Length;
        }
        w.WriteStringValueSegment(html.AsSpan(at), true);
        if (!string.IsNullOrWhiteSpace(entry.Summary))
        {
            w.WriteString("summary", entry.Summary);
        }
        w.WriteString("date_published", entry.Published);
        w.WriteString("date_modified", entry.Updated);
        if (article.Article.Author is { } author)
        {
            w.WriteStartArray("authors");
            w.WriteStartObject();
            w.WriteString("name", author);
            w.WriteEndObject();
            w.WriteEndArray();
        }
        w.WriteString("language", article.Lang);
        if (article.Topics.Count > 0)
        {
            w.WriteStartArray("tags");
            foreach (var topic in article.Topics)
            {
                w.WriteStringValue(topic.Label);
            }
            w.WriteEndArray();
        }
        w.WriteStartObject("_digest");
        w.WriteStartArray("topics");
        foreach (var topic in article.Topics)
        {
            w.WriteStartObject();
            w.WriteString("slug", topic.Slug);
            w.WriteString("label", topic.Label);
            w.WriteString("url", urls.To(topic.OutputPath));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("experts");
        foreach (var expert in article.Experts)
        {
            w.WriteStartObject();
            w.WriteString("name", expert.Expert.Name);
            w.WriteString("url", urls.To(expert.Expert.OutputPath));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
    }
}
