using Digest.TestSupport;
using System.Text.RegularExpressions;

namespace Digest.Import.Tests.Hardening;

/// <summary>
/// Scripts, event handlers, frames and script URLs in imported text dumps and saved pages never become raw HTML in
/// the Markdown, and the built article carries no live markup.
/// </summary>
public partial class HostileSourceTests
{
    private const string HostileText = """
        Warnung vor <script>alert(1)</script> im Stadtrat

        Der Stadtrat berät über <img src=x onerror=alert(1)> neue Regeln für die Energieversorgung.

        Ein Rahmen <iframe src="javascript:alert(1)"></iframe> und ein Link <a href="javascript:alert(1)">hier</a> stehen im Text.

        <svg onload=alert(1)> und [klick](javascript:alert(1)) und ![bild](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) und <javascript:alert(1)>.

        <!-- alert(1) --> &lt;script&gt;alert(1)&lt;/script&gt; <style>body{}</style> Ende des Absatzes.

        <div onmouseover="alert(1)">Ein Absatz, der als Block beginnt und Sanktionen erwähnt.</div>
        """;

    private const string HostilePage = """
        <!doctype html>
        <html lang="de"><head>
        <title>Gaspreise steigen &lt;script&gt;alert(1)&lt;/script&gt;</title>
        <meta property="og:title" content="Gaspreise steigen <script>alert(1)</script>">
        <meta property="og:url" content="javascript:alert(1)">
        <meta property="og:image" content="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">
        <meta name="description" content="Die Preise &lt;img src=x onerror=alert(1)&gt; steigen.">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Gaspreise steigen","datePublished":"2024-03-05","author":{"name":"<b onclick=alert(1)>Eva</b>"},"image":"javascript:alert(1)"}</script>
        <script>alert(1)</script>
        </head><body>
        <article>
        <h1>Gaspreise steigen</h1>
        <p>Die Gaspreise in Europa steigen weiter, sagen die Versorger. <script>alert(1)</script> Verbraucher müssen mit höheren Rechnungen rechnen, und die Regierung prüft Entlastungen.</p>
        <p>Ein Bild <img src="x.png" onerror="alert(1)"> und ein <a href="javascript:alert(1)">gefährlicher Link</a> und ein <a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">Datenlink</a> stehen im Absatz über Energie und Gas.</p>
        <iframe src="https://example.org/embed" onload="alert(1)"></iframe>
        <p>Wörtlich stand da: &lt;script&gt;alert(1)&lt;/script&gt; und &lt;iframe src=javascript:alert(1)&gt; als Text, dazu <code>&lt;b onclick=alert(1)&gt;</code> als Code.</p>
        <h2 onclick="alert(1)">Was <em>jetzt</em> kommt</h2>
        <p onmouseover="alert(1)">Die Versorger erwarten, dass die Preise bis zum Winter hoch bleiben, und raten zum Sparen beim Heizen.</p>
        <ul><li><a href="javascript:alert(1)">Punkt eins</a> mit Text</li><li onclick="alert(1)">Punkt zwei mit Text</li></ul>
        <form action="javascript:alert(1)"><button formaction="javascript:alert(1)">b</button></form>
        </article>
        </body></html>
        """;

    [GeneratedRegex(@"<[A-Za-z/!?]")]
    private static partial Regex RawTag();

    private static string BodyOf(string markdown)
    {
        var end = markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        Assert.True(end > 0, "no closing front matter fence");
        return markdown[(end + 5)..];
    }

    /// <summary>Imports one source, checks the Markdown for raw HTML, builds it and checks the site for live markup.</summary>
    private static string ImportAndBuild(string name, string text)
    {
        using var w = new ImportWorkspace();
        var source = w.Source(name, text);
        var (exit, stdout, stderr) = w.Import(source);
        Assert.True(exit == 0, stdout + stderr);
        var file = Assert.Single(Directory.GetFiles(w.Articles, "*.md"));
        var markdown = File.ReadAllText(file);
        var body = BodyOf(markdown);
        Assert.False(RawTag().IsMatch(body), "raw HTML in the imported body:\n" + body);

        var result = w.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Empty(OutputInspection.LiveMarkup(w.Output));
        return markdown;
    }

    [Fact]
    public void Hostile_text_dump_becomes_escaped_text()
    {
        var markdown = ImportAndBuild("boese.txt", HostileText);
        // Lines with stray tags are dropped as page debris (boilerplate rule); what stays is text.
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", markdown);
        Assert.Contains("Ende des Absatzes.", markdown);
    }

    [Fact]
    public void Hostile_saved_page_becomes_plain_markdown()
    {
        var markdown = ImportAndBuild("boese.html", HostilePage);
        Assert.Contains("Die Gaspreise in Europa steigen weiter", markdown);
        Assert.DoesNotContain("javascript:", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", markdown, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Hostile_page_saved_as_txt_is_still_read_as_html()
    {
        ImportAndBuild("boese-als-text.txt", HostilePage);
    }
}
