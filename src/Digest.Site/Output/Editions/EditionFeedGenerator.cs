using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Digest.Core.Diagnostics;
using Digest.Site.Indexing.Editions;
using Digest.Site.Output.Feeds;
using Digest.Site.Rendering.Editions;
using Digest.Site.Rendering;

namespace Digest.Site.Output.Editions;

/// <summary>
/// <c>editions/feed.xml</c> (Atom) and <c>editions/feed.json</c> (JSON Feed 1.1): the newest editions, each with its
/// summary, introduction and the titles of its articles by section. Like the other feeds, links are absolute under
/// <c>base_url</c> and relative to the feed otherwise; dates come from the editions, never the clock.
/// </summary>
internal sealed class EditionFeedGenerator : IOutputGenerator
{
    public const string AtomPath = "editions/feed.xml";

    public const string JsonPath = "editions/feed.json";

    public void Generate(RenderedSite site, OutputSet output, DiagnosticBag diagnostics)
    {
        var index = site.Index;
        if (index.Editions.Count == 0 || site.Pages.Editions is not { } views)
        {
            return;
        }
        var n = Math.Min(FeedCatalog.EntriesPerFeed, index.Editions.Count);
        var editions = new List<Edition>(n);
        for (var i = 0; i < n; i++)
        {
            editions.Add(index.Editions[i]);
        }
        var title = $"{site.Strings.Get("editions")} – {index.Settings.Title}";
        output.AddText(AtomPath, Atom(site, views, editions, title, new FeedUrls(index.Settings.BaseUrl, AtomPath)));
        output.AddText(JsonPath, Json(site, views, editions, title, new FeedUrls(index.Settings.BaseUrl, JsonPath)));
    }

    private static string Atom(RenderedSite site, EditionViews views, List<Edition> editions, string title, FeedUrls urls)
    {
        var settings = site.Index.Settings;
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
            .Append(XmlEscaping.EscapeAttribute(settings.Language)).Append("\">\n");
        sb.Append("  <title>").Append(XmlEscaping.EscapeText(title)).Append("</title>\n");
        sb.Append("  <id>").Append(XmlEscaping.EscapeText(urls.Id(EditionPages.ListFolder + "index.html"))).Append("</id>\n");
        sb.Append("  <link rel=\"alternate\" type=\"text/html\" href=\"").Append(XmlEscaping.EscapeAttribute(urls.To(EditionPages.ListFolder + "index.html"))).Append("\"/>\n");
        sb.Append("  <link rel=\"self\" href=\"").Append(XmlEscaping.EscapeAttribute(urls.To(AtomPath))).Append("\"/>\n");
        sb.Append("  <updated>").Append(editions.Count > 0 ? editions[0].Date.ToRfc3339() : FeedGenerator.EmptyFeedUpdated).Append("</updated>\n");
        sb.Append("  <author><name>").Append(XmlEscaping.EscapeText(settings.Author ?? settings.Title)).Append("</name></author>\n");
        foreach (var edition in editions)
        {
            sb.Append("  <entry>\n    <title>").Append(XmlEscaping.EscapeText(edition.Title)).Append("</title>\n");
            sb.Append("    <id>").Append(XmlEscaping.EscapeText(urls.Id(edition.OutputPath))).Append("</id>\n");
            sb.Append("    <link rel=\"alternate\" type=\"text/html\" href=\"").Append(XmlEscaping.EscapeAttribute(urls.To(edition.OutputPath))).Append("\"/>\n");
            sb.Append("    <published>").Append(edition.Date.ToRfc3339()).Append("</published>\n");
            sb.Append("    <updated>").Append(edition.Date.ToRfc3339()).Append("</updated>\n");
            if (edition.Summary is { } summary)
            {
                sb.Append("    <summary>").Append(XmlEscaping.EscapeText(summary)).Append("</summary>\n");
            }
            sb.Append("    <content type=\"html\">").Append(XmlEscaping.EscapeText(Content(site, views, edition, urls))).Append("</content>\n  </entry>\n");
        }
        sb.Append("</feed>\n");
        return sb.ToString();
    }

    private static string Json(RenderedSite site, EditionViews views, List<Edition> editions, string title, FeedUrls urls)
    {
        var settings = site.Index.Settings;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", title);
            json.WriteString("home_page_url", urls.To(EditionPages.ListFolder + "index.html"));
            json.WriteString("feed_url", urls.To(JsonPath));
            json.WriteString("language", settings.Language);
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", settings.Author ?? settings.Title);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("items");
            foreach (var edition in editions)
            {
                json.WriteStartObject();
                json.WriteString("id", urls.Id(edition.OutputPath));
                json.WriteString("url", urls.To(edition.OutputPath));
                json.WriteString("title", edition.Title);
                if (edition.Summary is { } summary)
                {
                    json.WriteString("summary", summary);
                }
                json.WriteString("content_html", Content(site, views, edition, urls));
                json.WriteString("date_published", edition.Date.ToRfc3339());
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The entry's HTML: the introduction (links re-pointed for the feed), then each section's article titles.</summary>
    private static string Content(RenderedSite site, EditionViews views, Edition edition, FeedUrls urls)
    {
        var sb = new StringBuilder();
        if (views.Introduction(edition) is { } intro)
        {
            sb.Append(LinkRebaser.Rebase(intro.Html, edition.OutputPath, urls.To));
        }
        foreach (var section in edition.Sections)
        {
            if (section.Articles.Count == 0)
            {
                continue;
            }
            sb.Append("<h2>").Append(Esc(section.Topic?.Label ?? site.Strings.Get("edition_other"))).Append("</h2><ul>");
            foreach (var entry in section.Articles)
            {
                sb.Append("<li><a href=\"").Append(Esc(urls.To(entry.OutputPath))).Append("\">").Append(Esc(entry.Article.Title)).Append("</a></li>");
            }
            sb.Append("</ul>");
        }
        return sb.ToString();
    }

    private static string Esc(string text) => System.Net.WebUtility.HtmlEncode(text);
}
