using System.Net;
using System.Text;
using Digest.Site.Indexing;
using Digest.Site.Rendering.Editions;

namespace Digest.Site.Output.Editions;

/// <summary>
/// Writes an edition's articles in full (title, date, summary, body, expert quotes) for the one-file edition and the
/// e-book; links and images are mapped by the caller's <see cref="EditionLinkMap"/>.
/// </summary>
internal sealed class EditionArticleWriter(RenderedSite site, EditionLinkMap map, bool xhtml)
{
    /// <summary>The element id of an article inside an edition file.</summary>
    public static string Id(ArticleEntry entry) => "a-" + entry.Slug;

    public void Write(StringBuilder sb, ArticleEntry entry, string headingTag)
    {
        var a = entry.Article;
        var strings = site.Strings;
        var date = site.Views.Date(a.Date);
        sb.Append("<article id=\"").Append(Id(entry)).Append('"');
        if (entry.Lang != site.Index.Settings.Language)
        {
            sb.Append(" lang=\"").Append(Esc(entry.Lang)).Append('"');
            if (xhtml)
            {
                sb.Append(" xml:lang=\"").Append(Esc(entry.Lang)).Append('"');
            }
        }
        sb.Append(">\n<").Append(headingTag).Append('>').Append(Esc(a.Title)).Append("</").Append(headingTag).Append(">\n");
        sb.Append("<p class=\"meta\"><time datetime=\"").Append(Esc(date.Iso)).Append("\">").Append(Esc(date.Text)).Append("</time>");
        if (a.Author is { } author)
        {
            sb.Append(" · ").Append(Esc(strings.Get("by"))).Append(' ').Append(Esc(author));
        }
        if (a.Source is { } source)
        {
            sb.Append(" · ").Append(Esc(source));
        }
        sb.Append("</p>\n");
        if (site.Views.Card(entry).Summary is { } summary)
        {
            sb.Append("<p class=\"summary\">").Append(Esc(summary)).Append("</p>\n");
        }
        if (entry.ImagePath is { } image && map.Image(image) is { } src)
        {
            sb.Append("<figure class=\"lead-image\"><img src=\"").Append(Esc(src)).Append("\" alt=\"").Append(Esc(a.Image?.Alt ?? string.Empty)).Append('"')
                .Append(xhtml ? " /></figure>\n" : "></figure>\n");
        }
        if (site.Bodies[entry.Index] is { } body)
        {
            sb.Append("<div class=\"body\">\n").Append(EditionMarkup.Rewrite(body.Html, entry.OutputPath, map.Link, map.Image, xhtml)).Append("\n</div>\n");
        }
        var quotes = EditionViews.Quotes(entry);
        if (quotes.Count > 0)
        {
            sb.Append("<aside class=\"quotes\">\n<p class=\"quotes-title\"><strong>").Append(Esc(strings.Get("edition_experts_say"))).Append("</strong></p>\n");
            foreach (var q in quotes)
            {
                sb.Append("<blockquote><p>").Append(Esc(q.Text)).Append("</p></blockquote>\n<p class=\"who\">– ").Append(Esc(q.Name));
                if (q.Role is { } role)
                {
                    sb.Append(", ").Append(Esc(role));
                }
                if (q.Org is { } org)
                {
                    sb.Append(", ").Append(Esc(org));
                }
                sb.Append("</p>\n");
            }
            sb.Append("</aside>\n");
        }
        sb.Append("</article>\n");
    }

    /// <summary>Text escaped for HTML and XHTML alike (no named entities XML does not know).</summary>
    public static string Esc(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => ch.ToString(),
            });
        }
        return sb.ToString();
    }

    public static string Decode(string html) => WebUtility.HtmlDecode(html);
}
