using System.Text;
using System.Text.Json;
using System.Xml;
using Digest.Site.Output.Feeds;

namespace Digest.Site.Tests.Output.Feeds;

public class FeedFileWriterTests
{
    [Theory]
    [InlineData("https://example.org/")]
    [InlineData(null)]
    public void A_feed_without_entries_is_still_valid_atom_and_json_feed(string? baseUrl)
    {
        var feed = new FeedDefinition("topics/leer/", "Leer & <still> \"ruhig\"", "Noch\u0001 nichts", "topics/leer/index.html", []);
        var site = new FeedSiteInfo("de", "Redaktion");
        using var writer = new FeedFileWriter();

        var atom = writer.Atom(feed, site, FeedGenerator.EmptyFeedUpdated, new FeedUrls(baseUrl, feed.AtomPath), FeedUrls.ForEntries(baseUrl, 2), [], []);
        var doc = new XmlDocument();
        doc.LoadXml(Encoding.UTF8.GetString(atom));
        var ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace("a", "http://www.w3.org/2005/Atom");
        Assert.Equal("Leer & <still> \"ruhig\"", doc.SelectSingleNode("/a:feed/a:title", ns)!.InnerText);
        Assert.Equal("Noch nichts", doc.SelectSingleNode("/a:feed/a:subtitle", ns)!.InnerText);
        Assert.Null(doc.SelectSingleNode("/a:feed/a:entry", ns));

        var json = writer.Json(feed, site, new FeedUrls(baseUrl, feed.JsonPath), FeedUrls.ForEntries(baseUrl, 2), [], []);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("Leer & <still> \"ruhig\"", parsed.RootElement.GetProperty("title").GetString());
        Assert.Equal(0, parsed.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(baseUrl is null ? "feed.json" : "https://example.org/topics/leer/feed.json", parsed.RootElement.GetProperty("feed_url").GetString());
    }
}
