using System.Text;
using Digest.Site.Indexing;
using Digest.Site.Indexing.Editions;
using Digest.Site.Rendering;
using Digest.Site.Rendering.Editions;

namespace Digest.Site.Output.Editions;

/// <summary>
/// <c>editions/&lt;slug&gt;/edition.html</c>: the whole edition with its articles in full in one self-contained file,
/// to mail or keep on a phone: the theme's <c>assets/edition.css</c> inside it, images as data URIs, links between
/// its articles inside the file and other links to the site (absolute under <c>base_url</c>).
/// </summary>
internal static class EditionOneFile
{
    public const string FileName = "edition.html";

    public static string Render(RenderedSite site, EditionViews views, Edition edition, EditionImages images, string css)
    {
        var strings = site.Strings;
        var settings = site.Index.Settings;
        var self = edition.Folder + FileName;
        var byPath = new Dictionary<string, ArticleEntry>(StringComparer.Ordinal);
        foreach (var entry in edition.Articles)
        {
            byPath[entry.OutputPath] = entry;
        }
        var map = new EditionLinkMap(
            path =>
            {
                if (EditionMarkup.IsAbsolute(path))
                {
                    return path;
                }
                if (EditionLinkMap.ArticleAt(byPath, path) is { } inside)
                {
                    return "#" + EditionArticleWriter.Id(inside);
                }
                return SiteLink(settings.BaseUrl, self, path);
            },
            path => EditionMarkup.IsAbsolute(path) ? null : images.DataUri(path));
        var writer = new EditionArticleWriter(site, map, xhtml: false);
        var view = views.Edition(edition);
        var sb = new StringBuilder(64 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(Esc(settings.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n")
            .Append("<title>").Append(Esc(edition.Title)).Append(" – ").Append(Esc(settings.Title)).Append("</title>\n<style>\n").Append(css).Append("</style>\n</head>\n<body>\n");
        sb.Append("<header class=\"edition-header\">\n<p class=\"kicker\">").Append(Esc(settings.Title)).Append(" · ").Append(Esc(strings.Get("edition")));
        if (view.Period is { } period)
        {
            sb.Append(" · ").Append(Esc(period));
        }
        sb.Append("</p>\n<h1>").Append(Esc(edition.Title)).Append("</h1>\n<p class=\"meta\"><time datetime=\"").Append(Esc(view.Date.Iso)).Append("\">")
            .Append(Esc(view.Date.Text)).Append("</time> · ").Append(edition.Articles.Count).Append(' ').Append(Esc(strings.Get("edition_articles"))).Append("</p>\n");
        if (edition.Summary is { } summary)
        {
            sb.Append("<p class=\"lead\">").Append(Esc(summary)).Append("</p>\n");
        }
        sb.Append("</header>\n<nav class=\"toc\" aria-labelledby=\"toc-heading\">\n<h2 id=\"toc-heading\">").Append(Esc(strings.Get("contents"))).Append("</h2>\n<ol>\n");
        foreach (var section in edition.Sections)
        {
            foreach (var entry in section.Articles)
            {
                sb.Append("<li><a href=\"#").Append(EditionArticleWriter.Id(entry)).Append("\">").Append(Esc(entry.Article.Title)).Append("</a></li>\n");
            }
        }
        sb.Append("</ol>\n</nav>\n");
        if (views.Introduction(edition) is { } intro)
        {
            sb.Append("<section class=\"intro\" aria-labelledby=\"intro-heading\">\n<h2 id=\"intro-heading\">").Append(Esc(strings.Get("edition_introduction"))).Append("</h2>\n")
                .Append(EditionMarkup.Rewrite(intro.Html, edition.OutputPath, map.Link, map.Image, xhtml: false)).Append("\n</section>\n");
        }
        foreach (var section in edition.Sections)
        {
            if (section.Articles.Count == 0)
            {
                continue;
            }
            sb.Append("<section class=\"section\">\n<h2>").Append(Esc(section.Topic?.Label ?? strings.Get("edition_other"))).Append("</h2>\n");
            foreach (var entry in section.Articles)
            {
                writer.Write(sb, entry, "h3");
            }
            sb.Append("</section>\n");
        }
        if (view.Experts.Count > 0)
        {
            sb.Append("<aside class=\"experts\" aria-labelledby=\"experts-heading\">\n<h2 id=\"experts-heading\">").Append(Esc(strings.Get("edition_experts_cited"))).Append("</h2>\n<ul>\n");
            foreach (var expert in view.Experts)
            {
                sb.Append("<li>").Append(Esc(expert.Name));
                if (expert.Role is { } role)
                {
                    sb.Append(", ").Append(Esc(role));
                }
                if (expert.Org is { } org)
                {
                    sb.Append(", ").Append(Esc(org));
                }
                sb.Append("</li>\n");
            }
            sb.Append("</ul>\n</aside>\n");
        }
        sb.Append("<footer class=\"footer\"><p><a href=\"").Append(Esc(SiteLink(settings.BaseUrl, self, edition.OutputPath))).Append("\">")
            .Append(Esc(strings.Get("edition_read_online"))).Append("</a></p></footer>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>A link to a site page from the one-file edition: absolute under <paramref name="baseUrl"/>, else relative.</summary>
    public static string SiteLink(string? baseUrl, string fromPath, string sitePath)
    {
        var path = EditionLinkMap.WithoutFragment(sitePath);
        var fragment = EditionLinkMap.Fragment(sitePath);
        if (baseUrl is not null)
        {
            return baseUrl + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path) + fragment;
        }
        return Links.Relative(fromPath, path) + fragment;
    }

    private static string Esc(string text) => EditionArticleWriter.Esc(text);
}
