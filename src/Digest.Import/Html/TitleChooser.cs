using AngleSharp.Dom;
using Digest.Import.Text;

namespace Digest.Import.Html;

/// <summary>
/// The headline of a saved page: JSON-LD <c>headline</c> or <c>og:title</c>, then the main <c>h1</c>, then the
/// document title, each without the outlet's name, and an <c>h1</c> without the kicker marked up inside it.
/// </summary>
internal static class TitleChooser
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / "];

    /// <summary>Separators that are never part of a headline, so a short tail after them is a name, not words of the title.</summary>
    private static readonly HashSet<string> SiteSeparators = new(StringComparer.Ordinal) { " | ", " :: ", " » ", " · " };

    /// <summary>The main heading: the article's <c>h1</c>, else the page's first.</summary>
    public static IElement? MainHeading(IDocument page) => page.QuerySelector("main h1, article h1, [role='main'] h1") ?? page.QuerySelector("h1");

    /// <summary>
    /// The text of a heading without a kicker marked up inside it: <c>&lt;h1&gt;&lt;span&gt;Energie&lt;/span&gt;
    /// &lt;span&gt;Headline …&lt;/span&gt;&lt;/h1&gt;</c> — a first child of at most three words before a headline-length
    /// rest. The kicker is returned apart.
    /// </summary>
    public static string HeadingText(IElement heading, out string? kicker)
    {
        kicker = null;
        var full = TextTools.CleanLine(heading.TextContent);
        var parts = new List<string>();
        foreach (var child in heading.ChildNodes)
        {
            var text = TextTools.CleanLine(child.TextContent);
            if (text.Length == 0)
            {
                continue;
            }
            if (child is not IElement || child is IElement { LocalName: "br" })
            {
                // Loose text beside the parts: the heading is one run of words, not parts.
                return full;
            }
            parts.Add(text);
        }
        if (parts.Count < 2 || TextTools.WordCount(parts[0]) > 3 || TextTools.WordCount(full) - TextTools.WordCount(parts[0]) < 3)
        {
            return full;
        }
        kicker = parts[0].TrimEnd(':', ' ');
        return TextTools.CleanLine(string.Join(' ', parts.GetRange(1, parts.Count - 1)));
    }

    /// <summary>
    /// The first title source there is, cleaned: the outlet's name after a separator goes when it is the page's
    /// <paramref name="source"/>, a short name after a separator no headline uses, or what follows the main heading.
    /// </summary>
    public static string? Choose(string? metaHeadline, string? mainHeading, string? readerTitle, string? documentTitle, string? source)
    {
        foreach (var candidate in (string?[])[metaHeadline, mainHeading, readerTitle, documentTitle])
        {
            if (Clean(candidate, source, mainHeading) is { Length: > 0 } title)
            {
                return title;
            }
        }
        return null;
    }

    public static string? Clean(string? title, string? source, string? mainHeading = null)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        title = TextTools.CleanLine(title);
        if (!string.IsNullOrEmpty(mainHeading) && title.Length > mainHeading.Length && title.StartsWith(mainHeading, StringComparison.OrdinalIgnoreCase))
        {
            // "Headline - Outlet" where the page's own heading is "Headline".
            var rest = title[mainHeading.Length..];
            foreach (var sep in Separators)
            {
                if (rest.StartsWith(sep, StringComparison.Ordinal))
                {
                    return title[..mainHeading.Length];
                }
            }
        }
        foreach (var sep in Separators)
        {
            var at = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (at > 0)
            {
                var tail = title[(at + sep.Length)..];
                if (source is not null && tail.Contains(source, StringComparison.OrdinalIgnoreCase) || SiteSeparators.Contains(sep) && TextTools.WordCount(tail) <= 3)
                {
                    return title[..at].Trim();
                }
            }
        }
        return title;
    }
}
