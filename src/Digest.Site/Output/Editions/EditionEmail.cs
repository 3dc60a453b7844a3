using System.Text;
using AngleSharp.Html.Parser;
using Digest.Core.Diagnostics;
using Digest.Site.Indexing.Editions;
using Digest.Site.Rendering;
using Digest.Site.Rendering.Editions;
using Fluid;

namespace Digest.Site.Output.Editions;

/// <summary>
/// The email edition: <c>email.html</c> from the theme's <c>edition-email</c> template (table layout, every style
/// written inline, no scripts, forms or web fonts) with every link and image made absolute under <c>base_url</c>, and
/// the plain-text alternative <c>email.txt</c> holding every title and link.
/// </summary>
internal static class EditionEmail
{
    public const string HtmlName = "email.html";

    public const string TextName = "email.txt";

    /// <summary>Gmail clips messages larger than this; a bigger email is warned about.</summary>
    public const int MaxBytes = 100 * 1024;

    private static readonly HtmlParser Parser = new();

    /// <summary>The email's HTML, or null when the template failed (the failure is in <paramref name="diagnostics"/>).</summary>
    public static string? Html(RenderedSite site, EditionViews views, Edition edition, string baseUrl, DiagnosticBag diagnostics)
    {
        var path = edition.Folder + HtmlName;
        var context = new TemplateContext(site.Templates.Options);
        context.SetValue("site", site.Views.Site);
        context.SetValue("t", site.Strings.Strings);
        context.SetValue("root", Links.RootPrefix(path));
        context.SetValue("edition", views.Edition(edition));
        if (site.Templates.Render("edition-email", context, diagnostics) is not { } html)
        {
            return null;
        }
        return Absolute(html, baseUrl + path);
    }

    /// <summary>
    /// <paramref name="html"/> with every <c>href</c> and <c>src</c> resolved against <paramref name="address"/>, class
    /// attributes (which no inlined style can serve) removed, and anything a mail client would block or run taken out.
    /// </summary>
    public static string Absolute(string html, string address)
    {
        var document = Parser.ParseDocument(html);
        var at = new Uri(address);
        foreach (var element in document.QuerySelectorAll("script, style, link, form, iframe, object, embed").ToArray())
        {
            element.Remove();
        }
        foreach (var element in document.All)
        {
            element.RemoveAttribute("class");
            foreach (var name in (string[])["href", "src"])
            {
                if (element.GetAttribute(name) is { } value && !value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
                {
                    element.SetAttribute(name, Uri.TryCreate(at, value, out var absolute) ? absolute.AbsoluteUri : address);
                }
            }
        }
        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml + "\n";
    }

    /// <summary>The plain-text alternative: every section, title, date, summary, quote and absolute link.</summary>
    public static string Text(RenderedSite site, EditionViews views, Edition edition, string baseUrl)
    {
        var strings = site.Strings;
        var view = views.Edition(edition);
        var sb = new StringBuilder();
        sb.Append(site.Index.Settings.Title).Append(" · ").Append(strings.Get("edition"));
        if (view.Period is { } period)
        {
            sb.Append(" · ").Append(period);
        }
        sb.Append("\n\n").Append(edition.Title).Append('\n').Append(new string('=', Math.Min(edition.Title.Length, 72))).Append('\n');
        sb.Append(view.Date.Text).Append(" · ").Append(view.ArticleCount).Append(' ').Append(strings.Get("edition_articles")).Append('\n');
        sb.Append(strings.Get("edition_read_online")).Append(": ").Append(Url(baseUrl, edition.OutputPath)).Append("\n\n");
        if (edition.Summary is { } summary)
        {
            sb.Append(summary).Append("\n\n");
        }
        if (views.Introduction(edition) is { } intro)
        {
            sb.Append(strings.Get("edition_introduction").ToUpperInvariant()).Append("\n\n").Append(IntroText(intro.Html, baseUrl + edition.OutputPath)).Append("\n\n");
        }
        foreach (var section in view.Sections)
        {
            if (section.Articles.Count == 0)
            {
                continue;
            }
            sb.Append(section.Label.ToUpperInvariant()).Append("\n\n");
            foreach (var item in section.Articles)
            {
                sb.Append("* ").Append(item.Title).Append('\n').Append("  ").Append(item.Date.Text).Append('\n');
                if (item.Summary is { } s)
                {
                    sb.Append("  ").Append(s).Append('\n');
                }
                sb.Append("  ").Append(Url(baseUrl, item.Url)).Append('\n');
                foreach (var q in item.Quotes)
                {
                    sb.Append("  ").Append(strings.Get("quote_open")).Append(q.Text).Append(strings.Get("quote_close")).Append(" – ").Append(q.Name);
                    if (q.Role is { } role)
                    {
                        sb.Append(", ").Append(role);
                    }
                    if (q.Org is { } org)
                    {
                        sb.Append(", ").Append(org);
                    }
                    sb.Append('\n');
                }
                sb.Append('\n');
            }
        }
        if (view.Experts.Count > 0)
        {
            sb.Append(strings.Get("edition_experts_cited").ToUpperInvariant()).Append("\n\n");
            foreach (var expert in view.Experts)
            {
                sb.Append("* ").Append(expert.Name).Append(expert.Role is { } r ? ", " + r : string.Empty).Append(expert.Org is { } o ? ", " + o : string.Empty)
                    .Append(" – ").Append(Url(baseUrl, expert.Url)).Append('\n');
            }
            sb.Append('\n');
        }
        sb.Append("-- \n").Append(site.Index.Settings.Title).Append(" – ").Append(Url(baseUrl, "index.html")).Append('\n')
            .Append(strings.Get("editions")).Append(" – ").Append(Url(baseUrl, "editions/index.html")).Append('\n');
        return sb.ToString();
    }

    /// <summary>The introduction as text, each link followed by its absolute address in angle brackets.</summary>
    private static string IntroText(string html, string address)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var at = new Uri(address);
        foreach (var a in document.QuerySelectorAll("a[href]").ToArray())
        {
            if (Uri.TryCreate(at, a.GetAttribute("href")!, out var absolute))
            {
                a.AppendChild(document.CreateTextNode($" <{absolute.AbsoluteUri}>"));
            }
        }
        foreach (var block in document.QuerySelectorAll("p, li, h1, h2, h3, h4, blockquote").ToArray())
        {
            block.AppendChild(document.CreateTextNode("\n\n"));
        }
        var text = document.Body!.TextContent;
        var lines = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            lines.Append(line.Trim()).Append('\n');
        }
        return System.Text.RegularExpressions.Regex.Replace(lines.ToString(), "\n{3,}", "\n\n").Trim();
    }

    /// <summary>The absolute address of a site page (<c>index.html</c> kept, as the HTML part writes it).</summary>
    public static string Url(string baseUrl, string sitePath) => new Uri(new Uri(baseUrl), sitePath).AbsoluteUri;
}
