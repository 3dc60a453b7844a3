using System.Globalization;
using Digest.Core.Diagnostics;
using Digest.Site.Indexing.Editions;
using MimeKit;

namespace Digest.Site.Output.Editions;

/// <summary>
/// An edition as a complete MIME message (<c>digest edition email SLUG --eml FILE</c>): <c>multipart/alternative</c> with
/// the plain text and the HTML of the email edition, the edition's title as subject, its date, and a
/// <c>List-Unsubscribe</c> header from <c>site.yml</c> (<c>list_unsubscribe</c>) or a placeholder for the mail tool to
/// fill. Digest sends nothing itself.
/// </summary>
public static class EditionMessage
{
    /// <summary>Written when <c>site.yml</c> has no <c>list_unsubscribe</c>; mail tools replace it.</summary>
    public const string UnsubscribePlaceholder = "mailto:unsubscribe@example.invalid";

    public sealed record Composed(MimeMessage? Message, IReadOnlyList<Diagnostic> Diagnostics, Diagnostic? Problem);

    /// <summary>Builds the site described by <paramref name="options"/> in memory and composes the message of edition <paramref name="slug"/>.</summary>
    public static Composed Compose(BuildOptions options, string slug)
    {
        var preparation = SiteBuilder.Prepare(options with { DryRun = true });
        if (preparation.Site is not { } prepared)
        {
            return new Composed(null, [], preparation.Refusal);
        }
        if (!prepared.Ready)
        {
            return new Composed(null, prepared.Diagnostics.Sorted(), Diagnostic.Refusal(DiagnosticCodes.SiteHasErrors, "the site has errors; fix them first"));
        }
        var index = prepared.Index;
        if (index.Settings.BaseUrl is not { } baseUrl)
        {
            return new Composed(null, prepared.Diagnostics.Sorted(), Diagnostic.Refusal(DiagnosticCodes.EmailWithoutBaseUrl, "an email edition needs absolute links: set base_url in site.yml or pass --base-url"));
        }
        Edition? edition = null;
        var known = new List<string>();
        foreach (var e in index.Editions)
        {
            known.Add(e.Slug);
            if (e.Slug == slug)
            {
                edition = e;
            }
        }
        if (edition is null)
        {
            var hint = known.Count == 0 ? "the site has no editions (set editions: in site.yml or add input/editions/*.md)" : "editions: " + string.Join(", ", known);
            return new Composed(null, prepared.Diagnostics.Sorted(), Diagnostic.Refusal(DiagnosticCodes.EditionNotFound, $"no edition '{slug}'; {hint}"));
        }
        var pages = prepared.CreatePages();
        var site = new RenderedSite(prepared.Options, index, prepared.Bodies, prepared.Theme, prepared.Templates, prepared.Strings, pages.Views, pages,
            NoOutputReuse.Instance, static () => new Search.NoSearchTermsMemo());
        var diagnostics = prepared.Diagnostics;
        var html = EditionEmail.Html(site, pages.Editions!, edition, baseUrl, diagnostics);
        if (html is null)
        {
            return new Composed(null, diagnostics.Sorted(), Diagnostic.Refusal(DiagnosticCodes.TemplateError, "the email template failed"));
        }
        var text = EditionEmail.Text(site, pages.Editions!, edition, baseUrl);
        return new Composed(Create(index.Settings, edition, html, text), diagnostics.Sorted(), null);
    }

    internal static MimeMessage Create(Core.Model.SiteSettings settings, Edition edition, string html, string text)
    {
        var message = new MimeMessage();
        var host = Uri.TryCreate(settings.BaseUrl, UriKind.Absolute, out var uri) ? uri.Host : "localhost";
        message.From.Add(new MailboxAddress(settings.Author ?? settings.Title, settings.EmailFrom ?? $"editions@{host}"));
        message.Subject = edition.Title;
        // The edition's own date and a stable id: the same edition always gives the same message.
        message.Date = edition.Date.Start;
        message.MessageId = $"{edition.Slug}.{EditionEpub.Identifier(settings.BaseUrl ?? settings.Title, edition.Slug)[..8]}@{host}";
        message.Headers.Add("List-Unsubscribe", $"<{settings.ListUnsubscribe ?? UnsubscribePlaceholder}>");
        var body = new BodyBuilder { TextBody = text, HtmlBody = html };
        message.Body = body.ToMessageBody();
        if (message.Body is Multipart multipart)
        {
            // MimeKit picks a random boundary; a fixed one keeps the message byte-identical from build to build.
            multipart.Boundary = "=-digest-" + EditionEpub.Identifier(settings.BaseUrl ?? settings.Title, edition.Slug);
        }
        // 7-bit transfer encodings (quoted-printable) pass every mail relay unchanged.
        message.Prepare(EncodingConstraint.SevenBit);
        return message;
    }

    /// <summary>Writes <paramref name="message"/> to <paramref name="path"/> (beside it first, then renamed, so a failed write leaves no half file).</summary>
    public static void Write(MimeMessage message, string path)
    {
        var temp = path + ".digest-tmp";
        using (var stream = File.Create(temp))
        {
            message.WriteTo(FormatOptions.Default, stream);
        }
        File.Move(temp, path, overwrite: true);
    }

    public static string Describe(MimeMessage message) =>
        string.Create(CultureInfo.InvariantCulture, $"{message.Subject} ({message.Date:yyyy-MM-dd})");
}
