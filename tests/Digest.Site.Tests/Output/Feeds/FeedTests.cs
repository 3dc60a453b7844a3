using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using Digest.Site.Output;
using Digest.Site.Tests.TestSupport;

namespace Digest.Site.Tests.Output.Feeds;

public class FeedTests
{
    private const string Base = "https://example.org/digest/";

    private static readonly string[] FeedFolders = ["", "topics/suedkorea/", "topics/energie/", "topics/handel/", "experts/dr-juergen-weiss/", "experts/ana-mueller/"];

    [Fact]
    public void Atom_feeds_list_the_newest_twenty_entries_newest_first_with_absolute_links()
    {
        using var site = new OutputFixtureSite(Base);
        var output = site.Build().Output!;
        foreach (var folder in FeedFolders)
        {
            var feed = ReadAtom(output, folder + "feed.xml");
            var entries = feed.Items.ToList();
            Assert.InRange(entries.Count, 1, 20);
            for (var i = 1; i < entries.Count; i++)
            {
                Assert.True(entries[i - 1].PublishDate >= entries[i].PublishDate, $"{folder}feed.xml is not newest first");
            }
            foreach (var entry in entries)
            {
                var link = Assert.Single(entry.Links).Uri;
                Assert.True(link.IsAbsoluteUri && link.AbsoluteUri.StartsWith(Base, StringComparison.Ordinal), link.ToString());
                Assert.True(output.Contains(link.AbsoluteUri[Base.Length..] + "index.html"), $"{link} is not a page");
                Assert.NotEmpty(entry.Categories);
                Assert.NotEmpty(entry.Contributors);
                Assert.Contains("Ein Absatz", ((TextSyndicationContent)entry.Content).Text);
                Assert.DoesNotContain("href=\"../", ((TextSyndicationContent)entry.Content).Text);
            }
        }
        var whole = ReadAtom(output, "feed.xml");
        Assert.Equal(20, whole.Items.Count());
        Assert.Equal("Bericht Nummer 0", whole.Items.First().Title.Text);
        // The feed's date is the newest entry's (article 3 was updated on 28 June), not the build time.
        Assert.Equal(new DateTimeOffset(2024, 6, 28, 0, 0, 0, TimeSpan.Zero), whole.LastUpdatedTime);
        var korea = ReadAtom(output, "topics/suedkorea/feed.xml");
        Assert.All(korea.Items, e => Assert.Contains(e.Categories, c => c.Name == "suedkorea" && c.Label == "Südkorea"));
    }

    [Fact]
    public void Json_feeds_are_version_1_1_with_tags_experts_and_absolute_links()
    {
        using var site = new OutputFixtureSite(Base);
        var output = site.Build().Output!;
        foreach (var folder in FeedFolders)
        {
            using var doc = JsonDocument.Parse(output.Get(folder + "feed.json")!);
            var root = doc.RootElement;
            Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
            Assert.Equal(Base + folder + "feed.json", root.GetProperty("feed_url").GetString());
            var items = root.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(items.Count, 1, 20);
            string? previous = null;
            foreach (var item in items)
            {
                Assert.StartsWith(Base + "articles/", item.GetProperty("url").GetString());
                Assert.NotEmpty(item.GetProperty("tags").EnumerateArray());
                Assert.NotEmpty(item.GetProperty("_digest").GetProperty("experts").EnumerateArray());
                Assert.Contains("Ein Absatz", item.GetProperty("content_html").GetString());
                var published = item.GetProperty("date_published").GetString()!;
                Assert.True(previous is null || string.CompareOrdinal(previous, published) >= 0, "items are not newest first");
                previous = published;
            }
        }
    }

    [Fact]
    public void Without_base_url_feeds_use_relative_links_and_one_warning_is_given()
    {
        using var site = new OutputFixtureSite(baseUrl: null);
        var result = site.Build();
        Assert.Single(result.Diagnostics, d => d.Message.Contains("base_url", StringComparison.Ordinal));
        var output = result.Output!;
        var feed = ReadAtom(output, "topics/energie/feed.xml");
        var link = feed.Items.First().Links[0].Uri;
        Assert.False(link.IsAbsoluteUri);
        Assert.StartsWith("../../articles/", link.OriginalString);
        Assert.True(output.Contains(Digest.Site.Output.Feeds.FeedContent.Resolve("topics/energie/feed.xml", link.OriginalString)!));
        using var json = JsonDocument.Parse(output.Get("feed.json")!);
        var first = json.RootElement.GetProperty("items")[0];
        Assert.StartsWith("articles/", first.GetProperty("url").GetString());
        // Links inside the content are re-pointed from the article page to the feed's folder.
        Assert.Contains("href=\"articles/", first.GetProperty("content_html").GetString());
    }

    [Fact]
    public void Pages_link_their_feeds()
    {
        using var site = new OutputFixtureSite(Base);
        var output = site.Build().Output!;
        var home = System.Net.WebUtility.HtmlDecode(OutputFixtureSite.Text(output, "index.html"));
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Fixture Digest (Atom)\" href=\"feed.xml\">", home);
        Assert.Contains("type=\"application/feed+json\"", home);
        var topic = OutputFixtureSite.Text(output, "topics/energie/index.html");
        Assert.Contains("href=\"../../topics/energie/feed.xml\"", topic);
        Assert.Contains("href=\"../../feed.xml\"", topic);
        var expert = OutputFixtureSite.Text(output, "experts/ana-mueller/index.html");
        Assert.Contains("href=\"../../experts/ana-mueller/feed.json\"", expert);
    }

    [Fact]
    public void Builds_are_byte_identical()
    {
        using var site = new OutputFixtureSite(Base);
        var a = site.Build().Output!.Sorted();
        var b = site.Build().Output!.Sorted();
        Assert.Equal(a.Select(f => f.Key), b.Select(f => f.Key));
        for (var i = 0; i < a.Count; i++)
        {
            Assert.True(a[i].Value.AsSpan().SequenceEqual(b[i].Value), a[i].Key + " differs between builds");
        }
    }

    private static SyndicationFeed ReadAtom(OutputSet output, string path)
    {
        using var stream = new MemoryStream(output.Get(path) ?? throw new Xunit.Sdk.XunitException(path + " was not written"));
        using var reader = XmlReader.Create(stream);
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), path + " is not Atom");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }
}
