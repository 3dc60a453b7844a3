using System.Text.Encodings.Web;
using System.Text.Json;

namespace Digest.Site.Output.Feeds;

/// <summary>
/// Writes a JSON Feed 1.1. Topics are <c>tags</c>; experts, which JSON Feed has no field for, go into the
/// extension object <c>_digest</c> (<c>experts</c>: name and url; <c>topics</c>: slug, label and url).
/// </summary>
public static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(FeedDefinition feed, IReadOnlyList<FeedEntry> entries, FeedSiteInfo site, FeedUrls urls)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
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
            foreach (var entry in entries)
            {
                var article = entry.Article;
                w.WriteStartObject();
                w.WriteString("id", urls.Id(article.OutputPath));
                w.WriteString("url", urls.To(article.OutputPath));
                w.WriteString("title", article.Article.Title);
                w.WriteString("content_html", entry.Content);
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
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
