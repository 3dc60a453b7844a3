using Digest.TestSupport;

namespace Digest.Site.Tests.EndToEnd;

public class SampleSiteTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public void Builds_without_errors()
    {
        Assert.True(site.Result.Success, string.Join("\n", site.Result.Diagnostics));
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.IsError);
        Assert.True(site.Result.Articles >= 12);
    }

    [Fact]
    public void Every_link_and_asset_reference_resolves_to_a_file_in_output()
    {
        var broken = new List<string>();
        foreach (var page in site.HtmlPages())
        {
            var doc = Html.Load(page);
            foreach (var (element, attribute) in References(doc))
            {
                var value = element.GetAttribute(attribute)!;
                if (value.StartsWith('#') || (element.LocalName == "a" && value.StartsWith("https://", StringComparison.Ordinal)))
                {
                    continue;
                }
                // The one-file edition carries its images inside it.
                if (page.EndsWith("/edition.html", StringComparison.Ordinal) && element.LocalName == "img" && value.StartsWith("data:image/", StringComparison.Ordinal))
                {
                    continue;
                }
                var target = StripFragment(value);
                var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(target)));
                if (!File.Exists(full))
                {
                    broken.Add($"{site.Relative(page)}: {element.LocalName}[{attribute}]={value}");
                }
            }
        }
        Assert.Empty(broken);
    }

    [Fact]
    public void No_reference_is_root_relative_or_loads_from_elsewhere()
    {
        var bad = new List<string>();
        foreach (var page in site.HtmlPages())
        {
            foreach (var (element, attribute) in References(Html.Load(page)))
            {
                var value = element.GetAttribute(attribute)!;
                var external = value.Contains("://", StringComparison.Ordinal) || value.StartsWith("//", StringComparison.Ordinal);
                var rootRelative = value.StartsWith('/');
                // Links a reader clicks (sources, expert websites) may leave the site; nothing may be loaded from elsewhere.
                var loadsResource = element.LocalName != "a" && element.LocalName != "form";
                if (rootRelative || (external && loadsResource) || value.EndsWith('/'))
                {
                    bad.Add($"{site.Relative(page)}: {element.LocalName}[{attribute}]={value}");
                }
            }
        }
        Assert.Empty(bad);
    }

    [Fact]
    public void Every_published_article_is_reachable_from_the_home_page()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([Path.Combine(site.Output, "index.html")]);
        while (queue.Count > 0)
        {
            var page = Path.GetFullPath(queue.Dequeue());
            if (!page.EndsWith(".html", StringComparison.Ordinal) || !File.Exists(page) || !seen.Add(page))
            {
                continue;
            }
            foreach (var a in Html.Load(page).QuerySelectorAll("a[href]"))
            {
                var href = a.GetAttribute("href")!;
                if (!href.Contains("://", StringComparison.Ordinal) && !href.StartsWith('#'))
                {
                    queue.Enqueue(Path.Combine(Path.GetDirectoryName(page)!, StripFragment(href)));
                }
            }
        }
        var articles = Directory.EnumerateFiles(Path.Combine(site.Output, "articles"), "index.html", SearchOption.AllDirectories).Select(Path.GetFullPath).ToList();
        Assert.Equal(site.Result.Articles, articles.Count);
        Assert.All(articles, a => Assert.Contains(a, seen));
    }

    [Fact]
    public void Drafts_and_future_articles_are_not_published()
    {
        var titles = site.HtmlPages().Select(p => Html.Load(p).Title ?? "").ToList();
        var drafts = Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleInput, "articles"))
            .Where(f => File.ReadAllText(f).Contains("\ndraft: true", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("2027", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(2, drafts.Count);
        foreach (var draft in drafts)
        {
            var title = File.ReadAllLines(draft).First(l => l.StartsWith("title:", StringComparison.Ordinal))[6..].Trim().Trim('"');
            Assert.DoesNotContain(titles, t => t.StartsWith(title, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Dates_are_shown_as_precisely_as_they_are_known()
    {
        var archive = Html.Load(Path.Combine(site.Output, "archive", "index.html"));
        var times = archive.QuerySelectorAll("time").Select(t => (t.GetAttribute("datetime"), t.TextContent)).ToList();
        Assert.Contains(("2022-08", "August 2022"), times);
        Assert.Contains(("2023", "2023"), times);
        Assert.Contains(("2022-11-04", "4. November 2022"), times);
        Assert.Contains(("2024-05-02T09:30:00+02:00", "2. Mai 2024, 09:30 Uhr"), times);
    }

    [Fact]
    public void Home_page_is_paginated_and_says_the_sample_is_fiction()
    {
        var home = Html.Load(Path.Combine(site.Output, "index.html"));
        Assert.Contains("fiktiv", home.QuerySelector(".notice")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(5, home.QuerySelectorAll("main .card").Length);
        Assert.True(File.Exists(Path.Combine(site.Output, "page", "2", "index.html")));
        var first = home.QuerySelector("main .card")!;
        Assert.NotNull(first.QuerySelector("time"));
        Assert.NotNull(first.QuerySelector(".summary"));
        Assert.NotEmpty(first.QuerySelectorAll(".topic"));
    }

    [Fact]
    public void Experts_missing_from_experts_yml_still_get_a_profile()
    {
        var directory = Html.Load(Path.Combine(site.Output, "experts", "index.html"));
        var link = directory.QuerySelectorAll("main a").FirstOrDefault(a => a.TextContent.Contains("Kowal", StringComparison.Ordinal));
        Assert.NotNull(link);
        var profile = Html.Load(Path.Combine(site.Output, "experts", "index.html").Replace("index.html", link!.GetAttribute("href")!));
        Assert.True(profile.QuerySelectorAll("main .card").Length >= 1);
    }

    [Fact]
    public void Expert_profiles_show_quotes_with_their_article()
    {
        var quoted = site.HtmlPages().Where(p => site.Relative(p).StartsWith("experts/", StringComparison.Ordinal))
            .Select(Html.Load)
            .FirstOrDefault(d => d.QuerySelector(".quotes") is not null);
        Assert.NotNull(quoted);
        var quote = quoted!.QuerySelector(".quote")!;
        Assert.False(string.IsNullOrWhiteSpace(quote.QuerySelector("blockquote")!.TextContent));
        Assert.StartsWith("../../articles/", quote.QuerySelector("figcaption a")!.GetAttribute("href"));
    }

    [Fact]
    public void Pages_declare_their_language_and_articles_in_another_language_say_so()
    {
        foreach (var page in site.HtmlPages())
        {
            Assert.Equal("de", Html.Load(page).DocumentElement.GetAttribute("lang"));
        }
        var english = site.HtmlPages().Select(Html.Load).Where(d => d.QuerySelector("article.article[lang='en']") is not null).ToList();
        Assert.True(english.Count >= 3);
    }

    private static IEnumerable<(AngleSharp.Dom.IElement Element, string Attribute)> References(AngleSharp.Dom.IDocument doc)
    {
        foreach (var e in doc.QuerySelectorAll("[href]"))
        {
            yield return (e, "href");
        }
        foreach (var e in doc.QuerySelectorAll("[src]"))
        {
            yield return (e, "src");
        }
    }

    private static string StripFragment(string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        return cut >= 0 ? url[..cut] : url;
    }
}
