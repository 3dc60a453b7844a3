using System.Text;
using System.Xml;
using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Site.Indexing;
using Digest.Site.Output.Hosting;

namespace Digest.Site.Output.Sitemap;

/// <summary>
/// Writes <c>sitemap.xml</c> when <c>base_url</c> is set (a sitemap needs absolute addresses): every HTML page
/// of the output except <c>404.html</c>, sorted by path. <c>lastmod</c> is an article's <c>updated</c> or
/// <c>date</c>; listing pages take the newest of the articles they list. Must run after every generator
/// that adds pages.
/// </summary>
internal sealed class SitemapGenerator : IOutputGenerator
{
    public const string Path = "sitemap.xml";

    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public void Generate(RenderedSite site, OutputSet output, DiagnosticBag diagnostics)
    {
        if (site.Index.Settings.BaseUrl is not { } baseUrl)
        {
            return;
        }
        var pages = new List<string>();
        foreach (var path in output.SortedPaths())
        {
            if (IsPage(path))
            {
                pages.Add(path);
            }
        }
        output.Add(Path, Write(baseUrl, pages, LastModified(site.Index)));
    }

    /// <summary>HTML files count as pages, except the error page.</summary>
    public static bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal) && path != NotFoundPageGenerator.PagePath
        && !Editions.EditionFiles.IsEditionFile(path);

    /// <summary>The address of a page as the sitemap and canonical links give it (<c>index.html</c> dropped).</summary>
    public static string Address(string baseUrl, string path) =>
        baseUrl + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);

    /// <summary>Page path (or folder prefix, ending in <c>/</c>) → the date it last changed.</summary>
    public static Dictionary<string, ArticleDate> LastModified(SiteIndex index)
    {
        var map = new Dictionary<string, ArticleDate>(StringComparer.Ordinal);
        ArticleDate? newest = null;
        foreach (var entry in index.Articles)
        {
            var date = Changed(entry.Article);
            map[entry.OutputPath] = date;
            if (newest is null || date > newest.Value)
            {
                newest = date;
            }
        }
        foreach (var topic in index.Topics)
        {
            if (Newest(topic.Articles) is { } d)
            {
                map[$"topics/{topic.Slug}/"] = d;
            }
        }
        foreach (var expert in index.Experts)
        {
            if (Newest(expert.Articles) is { } d)
            {
                map[$"experts/{expert.Slug}/"] = d;
            }
        }
        if (newest is { } n)
        {
            // The site-wide listings: home (and its pages), archive, topic and expert indexes, search.
            map[string.Empty] = n;
        }
        return map;
    }

    private static ArticleDate Changed(Article a) => a.Updated is { } u && u > a.Date ? u : a.Date;

    private static ArticleDate? Newest(IReadOnlyList<ArticleEntry> articles)
    {
        ArticleDate? newest = null;
        foreach (var entry in articles)
        {
            var date = Changed(entry.Article);
            if (newest is null || date > newest.Value)
            {
                newest = date;
            }
        }
        return newest;
    }

    private static ArticleDate? Lookup(string path, Dictionary<string, ArticleDate> lastModified)
    {
        if (lastModified.TryGetValue(path, out var d))
        {
            return d;
        }
        // topics/x/page/2/index.html → topics/x/
        var parts = path.Split('/');
        if (parts.Length >= 3 && parts[0] is "topics" or "experts" && lastModified.TryGetValue($"{parts[0]}/{parts[1]}/", out d))
        {
            return d;
        }
        return lastModified.TryGetValue(string.Empty, out d) ? d : null;
    }

    private static byte[] Write(string baseUrl, List<string> pages, Dictionary<string, ArticleDate> lastModified)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("urlset", Ns);
            foreach (var path in pages)
            {
                w.WriteStartElement("url", Ns);
                w.WriteElementString("loc", Ns, Address(baseUrl, path));
                if (Lookup(path, lastModified) is { } date)
                {
                    w.WriteElementString("lastmod", Ns, date.ToIso());
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
