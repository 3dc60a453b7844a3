using System.Buffers;

namespace Digest.Site.Output.Feeds;

/// <summary>
/// Writes an Atom 1.0 feed (RFC 4287) in pieces: the feed's head, one <c>&lt;entry&gt;</c> block per article
/// (rendered once and shared by every feed that lists it) and the tail, joined by <see cref="FeedFileWriter"/>.
/// </summary>
internal static class AtomFeedWriter
{
    /// <summary>Closes the feed element.</summary>
    public static ReadOnlySpan<byte> Tail => "</feed>\n"u8;

    /// <summary>The XML declaration and the feed's own elements, up to the first entry.</summary>
    public static void WriteHead(IBufferWriter<byte> o, FeedDefinition feed, FeedSiteInfo site, FeedUrls urls, string updated)
    {
        o.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xml:lang=\""u8);
        XmlEscaping.WriteAttribute(o, site.Language);
        o.Write("\" xmlns=\"http://www.w3.org/2005/Atom\">\n"u8);
        Element(o, "  <title>"u8, feed.Title, "</title>\n"u8);
        if (!string.IsNullOrWhiteSpace(feed.Description))
        {
            Element(o, "  <subtitle>"u8, feed.Description, "</subtitle>\n"u8);
        }
        Element(o, "  <id>"u8, urls.Id(feed.PagePath), "</id>\n"u8);
        Link(o, "  "u8, "self"u8, FeedCatalog.AtomType, urls.To(feed.AtomPath));
        Link(o, "  "u8, "alternate"u8, "text/html", urls.To(feed.PagePath));
        Element(o, "  <updated>"u8, updated, "</updated>\n"u8);
        Element(o, "  <author>\n    <name>"u8, site.Author, "</name>\n  </author>\n"u8);
        o.Write("  <generator>Digest</generator>\n"u8);
    }

    /// <summary>One <c>&lt;entry&gt;</c> block, indented for its place inside the feed element.</summary>
    public static void WriteEntry(IBufferWriter<byte> o, FeedEntry entry, FeedUrls urls)
    {
        var article = entry.Article;
        o.Write("  <entry>\n"u8);
        Element(o, "    <title>"u8, article.Article.Title, "</title>\n"u8);
        Link(o, "    "u8, "alternate"u8, "text/html", urls.To(article.OutputPath));
        Element(o, "    <id>"u8, urls.Id(article.OutputPath), "</id>\n"u8);
        Element(o, "    <published>"u8, entry.Published, "</published>\n"u8);
        Element(o, "    <updated>"u8, entry.Updated, "</updated>\n"u8);
        if (article.Article.Author is { } author)
        {
            Element(o, "    <author>\n      <name>"u8, author, "</name>\n    </author>\n"u8);
        }
        foreach (var expert in article.Experts)
        {
            Element(o, "    <contributor>\n      <name>"u8, expert.Expert.Name, "</name>\n"u8);
            Element(o, "      <uri>"u8, urls.To(expert.Expert.OutputPath), "</uri>\n    </contributor>\n"u8);
        }
        foreach (var topic in article.Topics)
        {
            o.Write("    <category term=\""u8);
            XmlEscaping.WriteAttribute(o, topic.Slug);
            o.Write("\" label=\""u8);
            XmlEscaping.WriteAttribute(o, topic.Label);
            o.Write("\" />\n"u8);
        }
        if (!string.IsNullOrWhiteSpace(entry.Summary))
        {
            Element(o, "    <summary>"u8, entry.Summary, "</summary>\n"u8);
        }
        o.Write("    <content type=\"html\">"u8);
        var html = entry.Html;
        var at = 0;
        foreach (var edit in entry.Edits)
        {
            XmlEscaping.WriteText(o, html.AsSpan(at, edit.Start - at));
            XmlEscaping.WriteText(o, edit.Replacement);
            at = edit.Start + edit.Length;
        }
        XmlEscaping.WriteText(o, html.AsSpan(at));
        o.Write("</content>\n  </entry>\n"u8);
    }

    private static void Element(IBufferWriter<byte> o, ReadOnlySpan<byte> open, string text, ReadOnlySpan<byte> close)
    {
        o.Write(open);
        XmlEscaping.WriteText(o, text);
        o.Write(close);
    }

    private static void Link(IBufferWriter<byte> o, ReadOnlySpan<byte> indent, ReadOnlySpan<byte> rel, string type, string href)
    {
        o.Write(indent);
        o.Write("<link rel=\""u8);
        o.Write(rel);
        o.Write("\" type=\""u8);
        XmlEscaping.WriteAttribute(o, type);
        o.Write("\" href=\""u8);
        XmlEscaping.WriteAttribute(o, href);
        o.Write("\" />\n"u8);
    }
}
