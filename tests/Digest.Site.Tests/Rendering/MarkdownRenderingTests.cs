using Digest.Site.Rendering.Markdown;
using Digest.Core.Diagnostics;
using Digest.Site.Tests.TestSupport;
using Digest.TestSupport;

namespace Digest.Site.Tests.Rendering;

public class MarkdownRenderingTests
{
    [Fact]
    public void Links_to_other_articles_md_files_become_page_links()
    {
        using var site = new FixtureSite()
            .Article("2024-01-01-a", "Erster", "2024-01-01", body: "Siehe [zweiten](2024-01-02-b.md#ausblick) und [oben](#einleitung).\n\n## Einleitung\n\nText.")
            .Article("2024-01-02-b", "Zweiter", "2024-01-02", body: "## Ausblick\n\nMehr.");
        var result = site.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var page = Html.Parse(site.ReadOutput("articles/erster/index.html"));
        var hrefs = page.QuerySelectorAll(".body a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../zweiter/index.html#ausblick", "#einleitung"], hrefs);
    }

    [Fact]
    public void Broken_internal_links_fail_the_build_at_their_line()
    {
        using var site = new FixtureSite()
            .Article("a", "A", "2024-01-01", body: "Zeile eins.\n\nEin [Link](fehlt.md) und [Anker](#nirgends).");
        var result = site.Build();
        Assert.False(result.Success);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(7, e.Line));
        Assert.Contains(errors, e => e.Message.Contains("fehlt.md"));
        Assert.Contains(errors, e => e.Message.Contains("#nirgends"));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Raw_html_is_sanitized_and_script_links_removed()
    {
        using var site = new FixtureSite()
            .Article("a", "A", "2024-01-01", body: "<script>alert(1)</script>\n\n<img src=\"x.png\" onerror=\"alert(2)\">\n\n<iframe src=\"https://example.org\"></iframe>\n\n[klick](javascript:alert(3))\n\n<b>fett</b>");
        var result = site.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var html = site.ReadOutput("articles/a/index.html");
        var body = Html.Parse(html).QuerySelector(".body")!;
        Assert.Empty(Html.Parse(html).QuerySelectorAll("script"));
        Assert.Empty(body.QuerySelectorAll("iframe"));
        Assert.DoesNotContain("onerror", body.InnerHtml);
        Assert.DoesNotContain("javascript:", body.InnerHtml);
        Assert.Equal("fett", body.QuerySelector("b")?.TextContent);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("javascript:"));
    }

    [Fact]
    public void Long_articles_get_a_table_of_contents_and_reading_time()
    {
        var body = string.Join("\n\n", Enumerable.Range(1, 4).Select(i => $"## Abschnitt {i}\n\n" + string.Join(' ', Enumerable.Repeat("Wort", 150))));
        using var site = new FixtureSite().Article("a", "Lang", "2024-01-01", body: body).Article("b", "Kurz", "2024-01-02");
        Assert.True(site.Build().Success);
        var page = Html.Parse(site.ReadOutput("articles/lang/index.html"));
        Assert.Equal(["#abschnitt-1", "#abschnitt-2", "#abschnitt-3", "#abschnitt-4"], page.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")));
        // 4 × 152 words at 200 words a minute, rounded up.
        Assert.Contains("4 min read", page.QuerySelector(".meta")!.TextContent);
        Assert.Empty(Html.Parse(site.ReadOutput("articles/kurz/index.html")).QuerySelectorAll(".toc"));
    }

    [Theory]
    [InlineData("<p>Ein  <em>Text</em>\n mit\tLücken </p>")]
    [InlineData("<p>&quot;Zitat&quot; &amp; &lt;b&gt; &nbsp;x</p>")]
    [InlineData("offen < ohne Ende")]
    [InlineData("<p>a</p><p>b &unbekannt; c</p>")]
    [InlineData("")]
    public void Plain_text_of_cached_HTML_matches_the_text_of_fresh_HTML(string html)
    {
        Assert.Equal(MarkdownRenderer.PlainText(html), MarkdownRenderer.PlainText(System.Text.Encoding.UTF8.GetBytes(html)));
    }

    [Fact]
    public void Plain_text_drops_tags_decodes_entities_and_collapses_spaces()
    {
        Assert.Equal("\"Zitat\" & Text weiter", MarkdownRenderer.PlainText("<p> &quot;Zitat&quot; &amp; <em>Text</em>\n\n weiter </p>"));
    }
}
