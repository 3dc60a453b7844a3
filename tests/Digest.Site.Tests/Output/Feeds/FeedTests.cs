using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;
using Digest.Site.Output;
using Digest.Site.Rendering;
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
        Assert.True(output.Contains(LinkRebaser.Resolve("topics/energie/feed.xml", link.OriginalString)!));
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
    public void Content_with_markup_characters_and_control_characters_reads_back_the_same_from_both_feeds()
    {
        using var site = new OutputFixtureSite(Base);
        File.WriteAllText(Path.Combine(site.Dir, "articles", "special.md"),
            "---\ntitle: \"Tom & Jerry <3 \\\"Zitat\\\" ]]>\"\ndate: 2024-06-25\ntopics: [energie]\nexperts: [\"Ana Müller\"]\n---\n\n" +
            "Tom & Jerry <3 \"Zitat\" ]]> Ende, Steuer\u0001zeichen\u000Bweg, 😀 bleibt.\n\n<b>roh</b> & `code <i>`\n");
        var output = site.Build().Output!;
        foreach (var folder in new[] { "", "topics/energie/", "experts/ana-mueller/" })
        {
            var atom = ReadAtom(output, folder + "feed.xml").Items.First();
            using var json = JsonDocument.Parse(output.Get(folder + "feed.json")!);
            var item = json.RootElement.GetProperty("items")[0];
            Assert.Equal("Tom & Jerry <3 \"Zitat\" ]]>", atom.Title.Text);
            Assert.Equal(atom.Title.Text, item.GetProperty("title").GetString());
            var atomHtml = ((TextSyndicationContent)atom.Content).Text;
            var jsonHtml = item.GetProperty("content_html").GetString()!;
            Assert.Contains("Tom &amp; Jerry &lt;3", atomHtml);
            Assert.Contains("]]&gt; Ende", atomHtml);
            Assert.Contains("😀 bleibt", atomHtml);
            Assert.Contains("<code>code &lt;i&gt;</code>", atomHtml);
            // XML 1.0 cannot carry these control characters at all, so only they are missing from the Atom copy.
            Assert.Contains('\u0001', jsonHtml);
            Assert.DoesNotContain('\u0001', atomHtml);
            Assert.DoesNotContain('\u000B', atomHtml);
            Assert.Equal(jsonHtml.Replace("\u0001", string.Empty, StringComparison.Ordinal).Replace("\u000B", string.Empty, StringComparison.Ordinal), atomHtml);
        }
    }

    [Theory]
    [InlineData(Base)]
    [InlineData(null)]
    public void Links_in_entries_lead_to_files_of_the_site_from_every_feed(string? baseUrl)
    {
        using var site = new OutputFixtureSite(baseUrl);
        var output = site.Build().Output!;
        foreach (var folder in FeedFolders)
        {
            using var json = JsonDocument.Parse(output.Get(folder + "feed.json")!);
            var hrefs = 0;
            foreach (var item in json.RootElement.GetProperty("items").EnumerateArray())
            {
                var links = new List<string> { item.GetProperty("url").GetString()! };
                foreach (var part in new[] { "topics", "experts" })
                {
                    foreach (var linked in item.GetProperty("_digest").GetProperty(part).EnumerateArray())
                    {
                        links.Add(linked.GetProperty("url").GetString()!);
                    }
                }
                foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(item.GetProperty("content_html").GetString()!, "href=\"([^\"#]*)"))
                {
                    links.Add(m.Groups[1].Value);
                    hrefs++;
                }
                foreach (var link in links)
                {
                    Assert.True(output.Contains(SitePath(baseUrl, folder, link)), $"{folder}feed.json: {link} leads nowhere");
                }
            }
            Assert.True(hrefs > 0, folder + "feed.json has no links in its content");
            var atom = Encoding.UTF8.GetString(output.Get(folder + "feed.xml")!);
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(atom, "(?:href=\"|<uri>|href=&quot;)([^\"<&#]*)"))
            {
                Assert.True(output.Contains(SitePath(baseUrl, folder, m.Groups[1].Value)), $"{folder}feed.xml: {m.Groups[1].Value} leads nowhere");
            }
        }
    }

    [Fact]
    public void Relative_entry_links_go_through_the_site_root_so_every_feed_of_a_depth_shows_the_same_entry()
    {
        using var site = new OutputFixtureSite(baseUrl: null);
        var output = site.Build().Output!;
        var korea = Entries(output, "topics/suedkorea/feed.xml");
        var trade = Entries(output, "topics/handel/feed.xml");
        var both = korea.Keys.Intersect(trade.Keys).ToList();
        Assert.NotEmpty(both);
        Assert.All(both, id => Assert.Equal(korea[id], trade[id]));
        Assert.Contains("<uri>../../experts/", korea[both[0]]);
        Assert.Contains("&lt;a href=\"../../articles/", string.Concat(korea.Values));
    }

    [Theory]
    [InlineData(Base)]
    [InlineData(null)]
    public void Builds_are_byte_identical(string? baseUrl)
    {
        using var site = new OutputFixtureSite(baseUrl);
        var a = site.Build().Output!.Sorted();
        var b = site.Build().Output!.Sorted();
        Assert.Equal(a.Select(f => f.Key), b.Select(f => f.Key));
        for (var i = 0; i < a.Count; i++)
        {
            Assert.True(a[i].Value.AsSpan().SequenceEqual(b[i].Value), a[i].Key + " differs between builds");
        }
    }

    private static string SitePath(string? baseUrl, string folder, string link)
    {
        if (baseUrl is not null)
        {
            Assert.StartsWith(baseUrl, link);
            var path = link[baseUrl.Length..];
            return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        }
        return LinkRebaser.Resolve(folder + "feed.xml", link) ?? throw new Xunit.Sdk.XunitException(link + " leaves the site");
    }

    /// <summary>The feed's entry blocks as written, by entry id.</summary>
    private static Dictionary<string, string> Entries(OutputSet output, string path)
    {
        var text = Encoding.UTF8.GetString(output.Get(path)!);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, "<entry>.*?<id>(.*?)</id>.*?</entry>", System.Text.RegularExpressions.RegexOptions.Singleline))
        {
            entries[m.Groups[1].Value] = m.Value;
        }
        return entries;
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
