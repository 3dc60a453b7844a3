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
                    diagnostics.Warning(edition.Definition?.SourcePath ?? edition.Folder + EditionEmail.HtmlName, 1, 1,
                        $"the email edition is {bytes.Length / 1024} KB; mail clients such as Gmail clip messages over {EditionEmail.MaxBytes / 1024} KB (shorten summaries or split the edition)",
                        DiagnosticCodes.EmailTooLarge);
                }
                output.Add(edition.Folder + EditionEmail.HtmlName, bytes);
            }
            output.AddText(edition.Folder + EditionEmail.TextName, EditionEmail.Text(site, views, edition, baseUrl));
        });
    }
}
