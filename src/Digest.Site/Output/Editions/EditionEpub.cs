using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Digest.Site.Indexing;
using Digest.Site.Indexing.Editions;
using Digest.Site.Rendering.Editions;

namespace Digest.Site.Output.Editions;

/// <summary>
/// <c>editions/&lt;slug&gt;/edition.epub</c>: an EPUB 3 book of the edition: a title page with the introduction and the
/// experts cited, one chapter per article in section order, a navigation document by section, the images the articles
/// show, and language, dates and a stable identifier in the package metadata. Entries carry the edition's date, so the
/// same edition always gives the same bytes.
/// </summary>
internal static class EditionEpub
{
    public const string FileName = "edition.epub";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Build(RenderedSite site, EditionViews views, Edition edition, EditionImages images, string css)
    {
        var settings = site.Index.Settings;
        var strings = site.Strings;
        var byPath = new Dictionary<string, ArticleEntry>(StringComparer.Ordinal);
        foreach (var entry in edition.Articles)
        {
            byPath[entry.OutputPath] = entry;
        }
        // Images are numbered in order of first use; each is stored once.
        var used = new List<(string SitePath, string Href)>();
        var hrefs = new Dictionary<string, string>(StringComparer.Ordinal);
        var map = new EditionLinkMap(
            path =>
            {
                if (EditionMarkup.IsAbsolute(path))
                {
                    return path;
                }
                if (EditionLinkMap.ArticleAt(byPath, path) is { } inside)
                {
                    return Chapter(inside) + EditionLinkMap.Fragment(path);
                }
                return settings.BaseUrl is null ? null : EditionOneFile.SiteLink(settings.BaseUrl, string.Empty, path);
            },
            path =>
            {
                var site = EditionLinkMap.WithoutFragment(path);
                if (EditionMarkup.IsAbsolute(path) || images.Read(site) is null)
                {
                    return null;
                }
                if (!hrefs.TryGetValue(site, out var href))
                {
                    href = $"images/{used.Count + 1}{Path.GetExtension(site).ToLowerInvariant()}";
                    hrefs[site] = href;
                    used.Add((site, href));
                }
                return href;
            });
        var writer = new EditionArticleWriter(site, map, xhtml: true);
        var view = views.Edition(edition);
        var lang = settings.Language;

        var chapters = new List<(string Href, string Xhtml)>();
        var title = new StringBuilder();
        title.Append("<header>\n<p class=\"kicker\">").Append(Esc(settings.Title)).Append(" · ").Append(Esc(strings.Get("edition")));
        if (view.Period is { } period)
        {
            title.Append(" · ").Append(Esc(period));
        }
        title.Append("</p>\n<h1>").Append(Esc(edition.Title)).Append("</h1>\n<p class=\"meta\">").Append(Esc(view.Date.Text)).Append("</p>\n");
        if (edition.Summary is { } summary)
        {
            title.Append("<p class=\"lead\">").Append(Esc(summary)).Append("</p>\n");
        }
        title.Append("</header>\n");
        if (views.Introduction(edition) is { } intro)
        {
            title.Append("<section class=\"intro\">\n<h2>").Append(Esc(strings.Get("edition_introduction"))).Append("</h2>\n")
                .Append(EditionMarkup.Rewrite(intro.Html, edition.OutputPath, map.Link, map.Image, xhtml: true)).Append("\n</section>\n");
        }
        if (view.Experts.Count > 0)
        {
            title.Append("<aside class=\"experts\">\n<h2>").Append(Esc(strings.Get("edition_experts_cited"))).Append("</h2>\n<ul>\n");
            foreach (var expert in view.Experts)
            {
                title.Append("<li>").Append(Esc(expert.Name)).Append(expert.Role is { } r ? ", " + Esc(r) : string.Empty)
                    .Append(expert.Org is { } o ? ", " + Esc(o) : string.Empty).Append("</li>\n");
            }
            title.Append("</ul>\n</aside>\n");
        }
        chapters.Add(("title.xhtml", Page(lang, edition.Title, title.ToString())));
        foreach (var section in edition.Sections)
        {
            foreach (var entry in section.Articles)
            {
                var sb = new StringBuilder();
                sb.Append("<p class=\"kicker\">").Append(Esc(section.Topic?.Label ?? strings.Get("edition_other"))).Append("</p>\n");
                writer.Write(sb, entry, "h1");
                chapters.Add((Chapter(entry), Page(lang, entry.Article.Title, sb.ToString())));
            }
        }

        using var stream = new MemoryStream();
        var stamp = new DateTimeOffset(Math.Max(edition.Date.Year, 1980), Math.Max(edition.Date.Month, 1), Math.Max(edition.Date.Day, 1), 0, 0, 0, TimeSpan.Zero);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            // The mimetype comes first and uncompressed, so readers can recognise the file by its first bytes.
            Add(zip, "mimetype", Encoding.ASCII.GetBytes("application/epub+zip"), stamp, CompressionLevel.NoCompression);
            Add(zip, "META-INF/container.xml", Utf8.GetBytes(Container), stamp);
            Add(zip, "EPUB/package.opf", Utf8.GetBytes(Package(site, edition, chapters, used)), stamp);
            Add(zip, "EPUB/nav.xhtml", Utf8.GetBytes(Nav(site, edition)), stamp);
            Add(zip, "EPUB/style.css", Utf8.GetBytes(css), stamp);
            foreach (var (href, xhtml) in chapters)
            {
                Add(zip, "EPUB/" + href, Utf8.GetBytes(xhtml), stamp);
            }
            foreach (var (sitePath, href) in used)
            {
                Add(zip, "EPUB/" + href, images.Read(sitePath)!, stamp);
            }
        }
        return stream.ToArray();
    }

    private static string Chapter(ArticleEntry entry) => EditionArticleWriter.Id(entry) + ".xhtml";

    private const string Container =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
        + "  <rootfiles>\n    <rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>\n  </rootfiles>\n</container>\n";

    private static string Page(string lang, string title, string body) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
        + $"<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"{Esc(lang)}\" xml:lang=\"{Esc(lang)}\">\n"
        + $"<head>\n<meta charset=\"UTF-8\" />\n<title>{Esc(title)}</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\" />\n</head>\n<body>\n{body}</body>\n</html>\n";

    private static string Nav(RenderedSite site, Edition edition)
    {
        var strings = site.Strings;
        var sb = new StringBuilder();
        sb.Append("<nav epub:type=\"toc\" id=\"toc\">\n<h1>").Append(Esc(strings.Get("contents"))).Append("</h1>\n<ol>\n<li><a href=\"title.xhtml\">")
            .Append(Esc(edition.Title)).Append("</a></li>\n");
        foreach (var section in edition.Sections)
        {
            if (section.Articles.Count == 0)
            {
                continue;
            }
            sb.Append("<li><span>").Append(Esc(section.Topic?.Label ?? strings.Get("edition_other"))).Append("</span>\n<ol>\n");
            foreach (var entry in section.Articles)
            {
                sb.Append("<li><a href=\"").Append(Chapter(entry)).Append("\">").Append(Esc(entry.Article.Title)).Append("</a></li>\n");
            }
            sb.Append("</ol>\n</li>\n");
        }
        sb.Append("</ol>\n</nav>\n");
        return Page(site.Index.Settings.Language, strings.Get("contents"), sb.ToString());
    }

    private static string Package(RenderedSite site, Edition edition, List<(string Href, string Xhtml)> chapters, List<(string SitePath, string Href)> images)
    {
        var settings = site.Index.Settings;
        var modified = edition.Date.Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\" xml:lang=\"")
            .Append(Esc(settings.Language)).Append("\">\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        sb.Append("<dc:identifier id=\"uid\">urn:uuid:").Append(Identifier(settings.BaseUrl ?? settings.Title, edition.Slug)).Append("</dc:identifier>\n");
        sb.Append("<dc:title>").Append(Esc(edition.Title)).Append("</dc:title>\n");
        sb.Append("<dc:language>").Append(Esc(settings.Language)).Append("</dc:language>\n");
        sb.Append("<dc:date>").Append(edition.Date.ToIso()).Append("</dc:date>\n");
        sb.Append("<dc:publisher>").Append(Esc(settings.Title)).Append("</dc:publisher>\n");
        if (settings.Author is { } author)
        {
            sb.Append("<dc:creator>").Append(Esc(author)).Append("</dc:creator>\n");
        }
        if (edition.Summary is { } summary)
        {
            sb.Append("<dc:description>").Append(Esc(summary)).Append("</dc:description>\n");
        }
        sb.Append("<meta property=\"dcterms:modified\">").Append(modified).Append("</meta>\n</metadata>\n<manifest>\n");
        sb.Append("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
        sb.Append("<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n");
        for (var i = 0; i < chapters.Count; i++)
        {
            sb.Append("<item id=\"c").Append(i).Append("\" href=\"").Append(chapters[i].Href).Append("\" media-type=\"application/xhtml+xml\"/>\n");
        }
        for (var i = 0; i < images.Count; i++)
        {
            sb.Append("<item id=\"i").Append(i).Append("\" href=\"").Append(images[i].Href).Append("\" media-type=\"")
                .Append(EditionImages.MediaType(images[i].SitePath)).Append("\"/>\n");
        }
        sb.Append("</manifest>\n<spine>\n");
        for (var i = 0; i < chapters.Count; i++)
        {
            sb.Append("<itemref idref=\"c").Append(i).Append("\"/>\n");
        }
        sb.Append("</spine>\n</package>\n");
        return sb.ToString();
    }

    /// <summary>A name-based UUID (version 5 layout) of the site and the edition, so a rebuilt edition keeps its identity.</summary>
    public static string Identifier(string site, string slug)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(site + "\n" + slug));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes, DateTimeOffset stamp, CompressionLevel level = CompressionLevel.Optimal)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = stamp;
        using var s = entry.Open();
        s.Write(bytes);
    }

    private static string Esc(string text) => EditionArticleWriter.Esc(text);
}
