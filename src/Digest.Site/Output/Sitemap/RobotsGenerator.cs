using Digest.Core.Diagnostics;

namespace Digest.Site.Output.Sitemap;

/// <summary>
/// Writes <c>robots.txt</c> allowing everything and naming the sitemap when there is one. A <c>robots.txt</c>
/// among the input's static files wins (it was copied before this runs). Must run after <see cref="SitemapGenerator"/>.
/// </summary>
internal sealed class RobotsGenerator : IOutputGenerator
{
    public const string Path = "robots.txt";

    public void Generate(RenderedSite site, OutputSet output, DiagnosticBag diagnostics)
    {
        if (output.Contains(Path))
        {
            return;
        }
        output.AddText(Path, Text(output.Contains(SitemapGenerator.Path) ? site.Index.Settings.BaseUrl + SitemapGenerator.Path : null));
    }

    public static string Text(string? sitemapUrl) =>
        "User-agent: *\nDisallow:\n" + (sitemapUrl is null ? string.Empty : $"\nSitemap: {sitemapUrl}\n");
}
