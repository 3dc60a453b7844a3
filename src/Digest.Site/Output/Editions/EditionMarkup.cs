using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Xhtml;
using Digest.Site.Output.Feeds;
using Digest.Site.Rendering;

namespace Digest.Site.Output.Editions;

/// <summary>
/// Re-points the links and images of rendered HTML for an edition's other forms (one file, e-book, email), whose
/// links cannot stay relative to the page the HTML was rendered for.
/// </summary>
internal static class EditionMarkup
{
    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// <paramref name="html"/> (rendered for site page <paramref name="fromPath"/>) with each site link mapped by
    /// <paramref name="link"/> (null: the link is unwrapped, its text kept) and each site image by <paramref name="image"/>
    /// (null: the image is removed). Links and images with a scheme are given to the maps as they are. With
    /// <paramref name="xhtml"/> the result is well-formed XHTML.
    /// </summary>
    public static string Rewrite(string html, string fromPath, Func<string, string?> link, Func<string, string?> image, bool xhtml)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var body = document.Body!;
        foreach (var a in body.QuerySelectorAll("a[href]").ToArray())
        {
            var target = Resolve(a.GetAttribute("href")!, fromPath) is { } resolved ? link(resolved) : null;
            if (target is null)
            {
                Unwrap(a);
            }
            else
            {
                a.SetAttribute("href", target);
            }
        }
        foreach (var img in body.QuerySelectorAll("img").ToArray())
        {
            var target = img.GetAttribute("src") is { } src && Resolve(src, fromPath) is { } resolved ? image(resolved) : null;
            if (target is null)
            {
                img.Remove();
            }
            else
            {
                img.SetAttribute("src", target);
                img.RemoveAttribute("srcset");
            }
        }
        return Serialize(body, xhtml);
    }

    /// <summary>The children of <paramref name="element"/> as HTML or XHTML.</summary>
    public static string Serialize(IElement element, bool xhtml)
    {
        if (!xhtml)
        {
            return element.InnerHtml;
        }
        using var writer = new StringWriter();
        foreach (var child in element.ChildNodes)
        {
            child.ToHtml(writer, XhtmlMarkupFormatter.Instance);
        }
        return writer.ToString();
    }

    /// <summary>
    /// A site path (with its <c>#fragment</c>) for a link relative to <paramref name="fromPath"/>; URLs with a scheme as
    /// they are; null for root-relative links and links leaving the site.
    /// </summary>
    public static string? Resolve(string url, string fromPath)
    {
        if (url.Length == 0 || url.StartsWith('/'))
        {
            return null;
        }
        if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return url;
        }
        var cut = url.IndexOfAny(['?', '#']);
        var path = cut < 0 ? url : url[..cut];
        var fragment = cut >= 0 && url[cut] == '#' ? url[cut..] : string.Empty;
        var resolved = path.Length == 0 ? fromPath : LinkRebaser.Resolve(fromPath, Uri.UnescapeDataString(path));
        return resolved is null ? null : resolved + fragment;
    }

    public static bool IsAbsolute(string url) => url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static void Unwrap(IElement element)
    {
        var parent = element.Parent!;
        while (element.FirstChild is { } child)
        {
            parent.InsertBefore(child, element);
        }
        element.Remove();
    }
}
