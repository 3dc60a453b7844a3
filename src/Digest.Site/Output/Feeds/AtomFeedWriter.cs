using System.Text;
using System.Xml;

namespace Digest.Site.Output.Feeds;

/// <summary>Writes an Atom 1.0 feed (RFC 4287).</summary>
public static class AtomFeedWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedDefinition feed, IReadOnlyList<FeedEntry> entries, FeedSiteInfo site, FeedUrls urls, string updated)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Ns);
            w.WriteAttributeString("xml", "lang", null, site.Language);
            w.WriteElementString("title", Ns, feed.Title);
            if (!string.IsNullOrWhiteSpace(feed.Description))
            {
                w.WriteElementString("subtitle", Ns, feed.Description);
            }
            w.WriteElementString("id", Ns, urls.Id(feed.PagePath));
            Link(w, "self", FeedCatalog.AtomType, urls.To(feed.AtomPath));
            Link(w, "alternate", "text/html", urls.To(feed.PagePath));
            w.WriteElementString("updated", Ns, updated);
            Person(w, "author", site.Author);
            w.WriteElementString("generator", Ns, "Digest");
            foreach (var entry in entries)
            {
                var article = entry.Article;
                w.WriteStartElement("entry", Ns);
                w.WriteElementString("title", Ns, article.Article.Title);
                Link(w, "alternate", "text/html", urls.To(article.OutputPath));
                w.WriteElementString("id", Ns, urls.Id(article.OutputPath));
                w.WriteElementString("published", Ns, entry.Published);
                w.WriteElementString("updated", Ns, entry.Updated);
                if (article.Article.Author is { } author)
                {
                    Person(w, "author", author);
                }
                foreach (var expert in article.Experts)
                {
                    w.WriteStartElement("contributor", Ns);
                    w.WriteElementString("name", Ns, expert.Expert.Name);
                    w.WriteElementString("uri", Ns, urls.To(expert.Expert.OutputPath));
                    w.WriteEndElement();
                }
                foreach (var topic in article.Topics)
                {
                    w.WriteStartElement("category", Ns);
                    w.WriteAttributeString("term", topic.Slug);
                    w.WriteAttributeString("label", topic.Label);
                    w.WriteEndElement();
                }
                if (!string.IsNullOrWhiteSpace(entry.Summary))
                {
                    w.WriteElementString("summary", Ns, entry.Summary);
                }
                w.WriteStartElement("content", Ns);
                w.WriteAttributeString("type", "html");
                w.WriteString(entry.Content);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Link(XmlWriter w, string rel, string type, string href)
    {
        w.WriteStartElement("link", Ns);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static void Person(XmlWriter w, string element, string name)
    {
        w.WriteStartElement(element, Ns);
        w.WriteElementString("name", Ns, name);
        w.WriteEndElement();
    }
}
