using System.Xml.Linq;
using Digest.Site.Tests.TestSupport;

namespace Digest.Site.Tests.Output.Sitemap;

public class SitemapTests
{
    private const string Base = "https://example.org/digest/";
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void Sitemap_lists_every_page_and_nothing_else()
    {
        using var site = new OutputFixtureSite(Base);
        var output = site.Build().Output!;
        var doc = XDocument.Parse(OutputFixtureSite.Text(output, "sitemap.xml"));
        var listed = doc.Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();
        var pages = output.Sorted().Select(f => f.Key).Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p != "404.html")
            .Select(p => Base + (p.EndsWith("index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)).ToList();
        Assert.Equal(pages, listed);
        Assert.Contains(Base + "search/", listed);
        Assert.DoesNotContain(listed, l => l.Contains("404", StringComparison.Ordinal));

        string LastMod(string loc) => doc.Root!.Elements(Ns + "url").Single(u => u.Element(Ns + "loc")!.Value == loc).Element(Ns + "lastmod")!.Value;
        var articles = output.Sorted().Select(f => f.Key).Where(p => p.StartsWith("articles/", StringComparison.Ordinal)).ToList();
        Assert.Equal(OutputFixtureSite.PublishedCount, articles.Count);
        // Article 3 (21 June) was updated on 28 June; the home page takes the newest change.
        Assert.Equal("2024-06-28", LastMod(Base));
        Assert.Contains(listed, l => l.StartsWith(Base + "articles/", StringComparison.Ordinal) && LastMod(l) == "2024-06-28");
        Assert.Contains(listed, l => l.StartsWith(Base + "articles/", StringComparison.Ordinal) && LastMod(l) == "2024-06-01");
    }

    [Fact]
    public void Robots_points_at_the_sitemap_when_there_is_one()
    {
        using (var site = new OutputFixtureSite(Base))
        {
            var robots = OutputFixtureSite.Text(site.Build().Output!, "robots.txt");
            Assert.Contains("User-agent: *", robots);
            Assert.Contains("Sitemap: " + Base + "sitemap.xml", robots);
        }
        using (var site = new OutputFixtureSite(baseUrl: null))
        {
            var output = site.Build().Output!;
            Assert.False(output.Contains("sitemap.xml"));
            Assert.DoesNotContain("Sitemap:", OutputFixtureSite.Text(output, "robots.txt"));
        }
    }
}
