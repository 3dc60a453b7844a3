using Digest.TestSupport;
using System.Text;
using Digest.Core.Diagnostics;
using Digest.Site.Output.Editions;
using Digest.Site.Tests.TestSupport;
using MimeKit;

namespace Digest.Site.Tests.Editions;

public class EditionEmailTests
{
    private const string BaseUrl = "https://example.org/lage/";

    private static FixtureSite Built(string settings = $"base_url: {BaseUrl}\n")
    {
        var site = EditionSites.Weekly(settings: settings);
        var result = site.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return site;
    }

    [Fact]
    public void The_email_has_every_style_inline_and_nothing_a_mail_client_blocks()
    {
        using var site = Built();
        var html = site.ReadOutput("editions/woche-18/email.html");
        var doc = Html.Parse(html);

        Assert.Empty(doc.QuerySelectorAll("style, script, form, iframe, object, embed"));
        Assert.Empty(doc.QuerySelectorAll("link[rel=stylesheet], link"));
        Assert.Empty(doc.QuerySelectorAll("[class]"));
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("@font-face", html);
        // Laid out with tables, each carrying its own styles.
        Assert.NotEmpty(doc.QuerySelectorAll("table[role=presentation]"));
        Assert.All(doc.QuerySelectorAll("body, table, td, h1, h2, h3"), e => Assert.False(string.IsNullOrWhiteSpace(e.GetAttribute("style")), e.OuterHtml[..Math.Min(80, e.OuterHtml.Length)]));
        Assert.True(Encoding.UTF8.GetByteCount(html) < EditionEmail.MaxBytes);
    }

    [Fact]
    public void Every_url_in_the_email_is_absolute_under_base_url()
    {
        using var site = Built();
        var doc = Html.Parse(site.ReadOutput("editions/woche-18/email.html"));
        var urls = doc.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();

        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.StartsWith(BaseUrl, url));
        // The links lead to pages that exist in the built site.
        Assert.All(urls, url => Assert.True(site.OutputExists(url[BaseUrl.Length..].Split('#')[0]), url));
        Assert.Contains(BaseUrl + "articles/ostflanke-ruestet-auf/index.html", urls);
    }

    [Fact]
    public void The_plain_text_holds_every_title_and_every_link_of_the_html()
    {
        using var site = Built();
        var doc = Html.Parse(site.ReadOutput("editions/woche-18/email.html"));
        var text = site.ReadOutput("editions/woche-18/email.txt");

        foreach (var title in doc.QuerySelectorAll("h1, h3").Select(h => h.TextContent.Trim()))
        {
            Assert.Contains(title, text);
        }
        foreach (var href in doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Distinct())
        {
            Assert.Contains(href, text);
        }
        Assert.Contains("Abschreckung braucht Depots.", text);
        Assert.Contains("Jonas Feld, Oberst a. D.", text);
    }

    [Fact]
    public void Without_base_url_the_email_files_are_skipped_with_a_warning()
    {
        using var site = EditionSites.Weekly();
        var result = site.Build();

        Assert.True(result.Success);
        Assert.Contains(result.Diagnostics, d => !d.IsError && d.Message.Contains("email editions") && d.Message.Contains("base_url"));
        Assert.False(site.OutputExists("editions/woche-18/email.html"));
        Assert.False(site.OutputExists("editions/woche-18/email.txt"));
        Assert.True(site.OutputExists("editions/woche-18/edition.html"));
    }

    [Fact]
    public void The_mime_message_has_both_parts_and_a_list_unsubscribe_header()
    {
        using var site = EditionSites.Weekly(settings: $"base_url: {BaseUrl}\nlist_unsubscribe: mailto:abmelden@example.org\nemail_from: lage@example.org\n");
        var composed = EditionMessage.Compose(site.Options(), "woche-18");
        Assert.Null(composed.Problem?.Message);
        var file = Path.Combine(site.Input, "..", "woche-18.eml");
        EditionMessage.Write(composed.Message!, file);

        var message = MimeMessage.Load(file, TestContext.Current.CancellationToken);
        Assert.Equal("Die Woche: Gas und Ostflanke", message.Subject);
        Assert.Equal("<mailto:abmelden@example.org>", message.Headers["List-Unsubscribe"]);
        Assert.Equal("lage@example.org", message.From.Mailboxes.Single().Address);
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Contains("Ostflanke rüstet auf", message.TextBody);
        Assert.Contains(BaseUrl + "articles/ostflanke-ruestet-auf/index.html", message.HtmlBody);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        // The same edition gives the same message, byte for byte.
        var again = Path.Combine(site.Input, "..", "again.eml");
        EditionMessage.Write(EditionMessage.Compose(site.Options(), "woche-18").Message!, again);
        Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(again));
    }

    [Fact]
    public void A_message_without_list_unsubscribe_gets_a_placeholder_and_unknown_editions_are_named()
    {
        using var site = EditionSites.Weekly(settings: $"base_url: {BaseUrl}\n");
        var message = EditionMessage.Compose(site.Options(), "2024-w19").Message!;
        Assert.Equal($"<{EditionMessage.UnsubscribePlaceholder}>", message.Headers["List-Unsubscribe"]);

        var missing = EditionMessage.Compose(site.Options(), "gibts-nicht");
        Assert.Null(missing.Message);
        Assert.Equal(DiagnosticCodes.EditionNotFound, missing.Problem?.Code);
        Assert.Contains("no edition 'gibts-nicht'", missing.Problem?.Message);
        Assert.Contains("woche-18", missing.Problem?.Message);
    }

    [Fact]
    public void A_message_needs_base_url()
    {
        using var site = EditionSites.Weekly();
        var composed = EditionMessage.Compose(site.Options(), "woche-18");
        Assert.Null(composed.Message);
        Assert.Contains("base_url", composed.Problem?.Message);
    }
}
