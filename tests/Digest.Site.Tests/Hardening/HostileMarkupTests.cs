using Digest.Core.Diagnostics;
using Digest.Site.Tests.TestSupport;
using Digest.TestSupport;

namespace Digest.Site.Tests.Hardening;

/// <summary>Scripts, event handlers, frames and script URLs never reach the built site as live markup.</summary>
public class HostileMarkupTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Handler = "<img src=x onerror=alert(1)>";

    [Fact]
    public void Hostile_front_matter_is_always_shown_as_text()
    {
        using var site = new FixtureSite()
            .File("topics.yml", $"- slug: boese\n  label: \"Böse {Script}\"\n  aliases: [\"Böse {Script}\"]\n  description: \"{Handler.Replace("\"", "\\\"")}\"\n")
            .File("experts.yml", $"- name: \"Eva {Script}\"\n  role: \"\\\" onmouseover=\\\"alert(1)\"\n  bio: \"{Script}\"\n  url: \"javascript:alert(1)\"\n")
            .File("images/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
            .Article("x", $"Titel {Script}", "2024-01-01",
                $"summary: \"{Handler.Replace("\"", "\\\"")}\"\n" +
                $"topics: [\"Böse {Script}\", \"x\\\" onclick=\\\"alert(1)\"]\n" +
                $"experts: [\"Eva {Script}\", {{name: \"Max <iframe src=javascript:alert(1)>\", role: \"<b onmouseover=alert(1)>R</b>\", quotes: [\"{Script}\"]}}]\n" +
                "source: \"<a href=javascript:alert(1)>Quelle</a>\"\n" +
                "source_url: \"javascript:alert(1)\"\n" +
                "author: \"\\\"><script>alert(1)</script>\"\n" +
                $"image: {{src: images/a.svg, alt: \"\\\" onerror=\\\"alert(1)\", caption: \"{Script}\", credit: \"{Handler.Replace("\"", "\\\"")}\"}}\n",
                body: "Harmloser Text.");
        var result = site.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Empty(OutputInspection.LiveMarkup(site.Output));
        // The text itself is kept, visibly.
        Assert.Contains("Titel <script>alert(1)</script>", OutputInspection.MainOf(site.ReadOutput("index.html"))!.TextContent);
    }

    [Fact]
    public void A_javascript_source_url_is_not_linked()
    {
        using var site = new FixtureSite().Article("x", "T", "2024-01-01", "source: Quelle\nsource_url: \" JaVaScRiPt:alert(1)\"");
        Assert.True(site.Build().Success);
        Assert.Empty(OutputInspection.LiveMarkup(site.Output));
    }

    [Fact]
    public void Raw_html_in_bodies_is_sanitized()
    {
        const string body = """
            Absatz mit <script>alert(1)</script> und <img src="x.png" onerror="alert(1)"> und <span onclick="alert(1)">Text</span>.

            <iframe src="https://example.org"></iframe>

            <div onmouseover="alert(1)"><a href="javascript:alert(1)">klick</a> <a href=" java&#x09;script:alert(1)">tab</a></div>

            <object data="x.swf"></object><embed src="x.swf"><svg><script>alert(1)</script></svg>

            <form action="javascript:alert(1)"><button formaction="javascript:alert(1)">b</button></form>

            [Markdown-Link](javascript:alert(1)) [Daten](data:text/html;base64,PHNjcmlwdD4=) ![Bild](javascript:alert(1))

            <javascript:alert(1)> <style>body{background:url(javascript:alert(1))}</style>
            """;
        using var site = new FixtureSite().Article("x", "T", "2024-01-01", body: body);
        var result = site.Build();
        Assert.Empty(OutputInspection.LiveMarkup(site.Output));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeLink && d.Line > 0 && d.Column > 0);
        var main = OutputInspection.MainOf(site.ReadOutput("articles/t/index.html"))!;
        Assert.Contains("Absatz mit", main.TextContent);
        Assert.Empty(main.QuerySelectorAll("style"));
    }

    [Fact]
    public void Unsafe_html_true_keeps_raw_html_as_the_site_asked()
    {
        using var site = new FixtureSite()
            .File("site.yml", "title: Test\nunsafe_html: true\n")
            .Article("x", "T", "2024-01-01", body: "<div class=\"embed\"><script>window.x = 1;</script></div>");
        Assert.True(site.Build().Success);
        var main = OutputInspection.MainOf(site.ReadOutput("articles/t/index.html"))!;
        Assert.Single(main.QuerySelectorAll("div.embed script"));
    }
}
