using System.Text;
using Digest.Core.Diagnostics;
using Digest.Site.Loading;

namespace Digest.Site.Output.Editions;

/// <summary>
/// Each edition's other forms beside its page: <c>edition.html</c> (one self-contained file), <c>edition.epub</c>
/// (EPUB 3) and, when <c>base_url</c> is set, <c>email.html</c> and <c>email.txt</c>. They are made afresh on every build
/// (an edition's full texts depend on every article in it); the output only replaces files whose bytes changed.
/// </summary>
internal sealed class EditionFilesGenerator : IOutputGenerator
{
    public void Generate(RenderedSite site, OutputSet output, DiagnosticBag diagnostics)
    {
        var index = site.Index;
        if (index.Editions.Count == 0 || site.Pages.Editions is not { } views)
        {
            return;
        }
        var baseUrl = index.Settings.BaseUrl;
        if (baseUrl is null)
        {
            diagnostics.Warning(DisplayPath.For(Path.Combine(site.Options.InputDir, "site.yml")), 0, 0,
                "base_url is not set, so the email editions (email.html, email.txt) are not written: emails need absolute links (set base_url in site.yml or pass --base-url)",
                DiagnosticCodes.EmailWithoutBaseUrl);
        }
        var css = site.Theme.Find("assets/edition.css") is { } cssPath ? File.ReadAllText(cssPath) : string.Empty;
        var images = new EditionImages(index);
        Parallel.ForEach(index.Editions, edition =>
        {
            output.AddText(edition.Folder + EditionOneFile.FileName, EditionOneFile.Render(site, views, edition, images, css));
            output.Add(edition.Folder + EditionEpub.FileName, EditionEpub.Build(site, views, edition, images, css));
            if (baseUrl is null)
            {
                return;
            }
            if (EditionEmail.Html(site, views, edition, baseUrl, diagnostics) is { } html)
            {
                var bytes = Encoding.UTF8.GetBytes(html);
                if (bytes.Length > EditionEmail.MaxBytes)
                {
                    WarnTooLarge(site, edition, bytes.Length, diagnostics);
                }
                output.Add(edition.Folder + EditionEmail.HtmlName, bytes);
            }
            output.AddText(edition.Folder + EditionEmail.TextName, EditionEmail.Text(site, views, edition, baseUrl));
        });
    }

    /// <summary>
    /// An edition file is told at its <c>period:</c> or <c>articles:</c> line, which decides how much goes in; an
    /// automatic edition has no file, so the warning names the email file it produces, as a whole (no line).
    /// </summary>
    private static void WarnTooLarge(RenderedSite site, Indexing.Editions.Edition edition, int size, DiagnosticBag diagnostics)
    {
        var message = $"the email edition is {size / 1024} KB; mail clients such as Gmail clip messages over {EditionEmail.MaxBytes / 1024} KB (shorten summaries or split the edition)";
        if (edition.Definition is { } written)
        {
            var at = written.Period is not null ? written.PeriodSpan : written.ArticlesSpan;
            diagnostics.Warning(written.SourcePath, at.Line, at.Column, message, DiagnosticCodes.EmailTooLarge);
            return;
        }
        var file = DisplayPath.For(Path.Combine(site.Options.OutputDir, edition.Folder + EditionEmail.HtmlName));
        diagnostics.Warning(file, 0, 0, message + "; set a shorter period or write an edition file with an 'articles' list", DiagnosticCodes.EmailTooLarge);
    }
}
