using AngleSharp.Dom;

namespace Digest.Import.Html;

/// <summary>
/// The <c>&lt;time datetime&gt;</c> that dates the article itself. A page also dates the lists around it (latest news,
/// related articles, comments), and those often come first in the markup, so the article's own is looked for first.
/// </summary>
internal static class PublishedTime
{
    /// <summary>Containers whose dates belong to other pages or to comments, never to the article.</summary>
    private const string Elsewhere = "nav, aside, footer, [role='navigation'], [role='complementary'], [role='contentinfo']";

    public static string? Find(IDocument document)
    {
        // Marked as the publication date: microdata or the old pubdate attribute.
        foreach (var time in document.QuerySelectorAll("time[itemprop='datePublished'], time[pubdate], [itemprop='datePublished'][datetime]"))
        {
            if (Value(time) is { } marked)
            {
                return marked;
            }
        }
        // The first in the article or main content, then the first anywhere, outside the containers of other dates.
        foreach (var scope in (string[])["article time[datetime]", "main time[datetime], [role='main'] time[datetime]", "time[datetime]"])
        {
            foreach (var time in document.QuerySelectorAll(scope))
            {
                if (time.Closest(Elsewhere) is null && Value(time) is { } value)
                {
                    return value;
                }
            }
        }
        return null;
    }

    private static string? Value(IElement time) => time.GetAttribute("datetime")?.Trim() is { Length: > 0 } v ? v : null;
}
