using Digest.TestSupport;
using System.Text.Json;
using System.Xml.Linq;
using Digest.Site.Tests.TestSupport;

namespace Digest.Site.Tests.Editions;

public class EditionPageTests
{
    private static FixtureSite Built(string language = "de", string settings = "")
    {
        var site = EditionSites.Weekly(language, settings);
        var result = site.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return site;
    }

    [Fact]
    public void An_edition_page_shows_introduction_sections_quotes_and_the_experts_cited()
    {
        using var site = Built();
        var page = Html.Parse(site.ReadOutput("editions/woche-18/index.html"));

        Assert.Equal("Die Woche: Gas und Ostflanke", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("KW 18/2024", page.QuerySelector(".edition-header")!.TextContent);
        var intro = page.QuerySelector(".edition-intro")!;
        Assert.Equal("Die Lage in Kürze", intro.QuerySelector("h2")!.TextContent);
        Assert.Equal("../../articles/ostflanke-ruestet-auf/index.html", intro.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(intro.QuerySelector("strong"));

        var sections = page.QuerySelectorAll(".edition-section");
        Assert.Equal(["Energie", "Sicherheit"], sections.Select(s => s.QuerySelector("h2")!.TextContent.Trim()));
        Assert.Equal(["Ostflanke rüstet auf", "Gasspeicher voll"], sections[0].QuerySelectorAll(".edition-item h3").Select(h => h.TextContent));
        // Shown under its first section only, linked from the other.
        Assert.Empty(sections[1].QuerySelectorAll(".edition-item"));
        Assert.Contains("Ostflanke rüstet auf", sections[1].QuerySelector(".edition-also")!.TextContent);

        var quotes = page.QuerySelectorAll(".edition-quotes");
        Assert.All(quotes, q => Assert.Equal("Was Fachleute sagen", q.QuerySelector("h4")!.TextContent));
        var captions = page.QuerySelectorAll(".edition-quotes figcaption").Select(c => c.TextContent).ToList();
        Assert.Contains("Jonas Feld, Oberst a. D.", captions);
        Assert.Contains("Dr. Eva Kern, Analystin, Institut Nord", captions);

        var box = page.QuerySelector(".edition-experts")!;
        Assert.Equal("In dieser Ausgabe zitiert", box.QuerySelector("h2")!.TextContent);
        Assert.Equal(2, box.QuerySelectorAll("li").Length);
    }

    [Fact]
    public void English_sites_say_what_the_experts_say()
    {
        using var site = Built("en");
        var page = Html.Parse(site.ReadOutput("editions/woche-18/index.html"));
        Assert.Equal("What the experts say", page.QuerySelector(".edition-quotes h4")!.TextContent);
        Assert.Equal("Cited in this edition", page.QuerySelector(".edition-experts h2")!.TextContent);
        Assert.Equal("Edition week 19/2024", Html.Parse(site.ReadOutput("editions/2024-w19/index.html")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Editions_link_their_neighbours_and_the_list_is_newest_first_and_paginated()
    {
        using var site = Built();
        var list = Html.Parse(site.ReadOutput("editions/index.html"));
        Assert.Equal(["editions/2024-w20/index.html", "editions/2024-w19/index.html"],
            list.QuerySelectorAll(".edition-list a").Select(a => a.GetAttribute("href")!.Replace("../", "")));
        var second = Html.Parse(site.ReadOutput("editions/page/2/index.html"));
        Assert.Contains("Die Woche: Gas und Ostflanke", second.QuerySelector(".edition-list")!.TextContent);

        var middle = Html.Parse(site.ReadOutput("editions/2024-w19/index.html"));
        Assert.Equal("../../editions/woche-18/index.html", middle.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("../../editions/2024-w20/index.html", middle.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public void Home_edition_shows_the_latest_edition_above_the_articles()
    {
        using var site = Built();
        var home = Html.Parse(site.ReadOutput("index.html"));
        var latest = home.QuerySelector(".edition-latest")!;
        Assert.Equal("editions/2024-w20/index.html", latest.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.NotNull(home.QuerySelector(".edition-latest ~ .card, .edition-latest ~ * .card"));
        Assert.Null(Html.Parse(site.ReadOutput("page/2/index.html")).QuerySelector(".edition-latest"));
        Assert.Equal("editions/index.html", home.QuerySelector("nav.site-nav a[href='editions/index.html']")!.GetAttribute("href"));
    }

    [Fact]
    public void Without_home_edition_the_home_page_is_the_article_list()
    {
        using var site = EditionSites.Weekly();
        site.File("site.yml", "title: Lage\nlanguage: de\neditions: weekly\n");
        Assert.True(site.Build().Success);
        Assert.Null(Html.Parse(site.ReadOutput("index.html")).QuerySelector(".edition-latest"));
    }

    [Fact]
    public void Article_pages_link_the_editions_they_appear_in()
    {
        using var site = Built();
        var page = Html.Parse(site.ReadOutput("articles/ostflanke-ruestet-auf/index.html"));
        var links = page.QuerySelectorAll(".in-editions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../../editions/woche-18/index.html"], links);
        Assert.True(site.OutputExists("editions/woche-18/index.html"));
    }

    [Fact]
    public void The_editions_have_atom_and_json_feeds()
    {
        using var site = Built(settings: "base_url: https://example.org/lage/\n");
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(site.ReadOutput("editions/feed.xml"));
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        Assert.Equal("https://example.org/lage/editions/2024-w20/", entries[0].Element(atom + "link")!.Attribute("href")!.Value);
        Assert.Contains("https://example.org/lage/articles/ostflanke-ruestet-auf/", entries[2].Element(atom + "content")!.Value);

        using var json = JsonDocument.Parse(site.ReadOutput("editions/feed.json"));
        var items = json.RootElement.GetProperty("items");
        Assert.Equal(3, items.GetArrayLength());
        Assert.Equal("Die Woche: Gas und Ostflanke", items[2].GetProperty("title").GetString());
        Assert.Contains("editions/feed.xml", site.ReadOutput("editions/index.html"));
    }

    [Fact]
    public void Search_indexes_editions()
    {
        using var site = Built();
        var scripts = Directory.EnumerateFiles(Path.Combine(site.Output, "search"), "*.js", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(site.Output, "assets"), "search-*.js"))
            .Select(File.ReadAllText);
        Assert.Contains(scripts, text => text.Contains("editions/woche-18/index.html") && text.Contains("Die Woche: Gas und Ostflanke"));
    }

    [Fact]
    public void Every_link_on_edition_pages_is_relative_and_resolves()
    {
        using var site = Built();
        var broken = new List<string>();
        foreach (var page in Directory.EnumerateFiles(Path.Combine(site.Output, "editions"), "index.html", SearchOption.AllDirectories))
        {
            foreach (var a in Html.Load(page).QuerySelectorAll("a[href], link[href]"))
            {
                var href = a.GetAttribute("href")!;
                if (href.StartsWith('#'))
                {
                    continue;
                }
                var file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, href.Split('#')[0]));
                if (href.StartsWith('/') || href.Contains("://") || !File.Exists(file))
                {
                    broken.Add($"{page}: {href}");
                }
            }
        }
        Assert.Empty(broken);
    }

    [Fact]
    public void The_same_input_builds_byte_identical_editions()
    {
        using var one = Built();
        using var two = Built();
        var files = Directory.EnumerateFiles(Path.Combine(one.Output, "editions"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(one.Output, f)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(one.Output, file)), File.ReadAllBytes(Path.Combine(two.Output, file)));
        }
    }
}
