using Digest.Core.Model;
using Digest.Import.Model;
using Digest.Import.Pipeline;

namespace Digest.Import.Web;

/// <summary>
/// Puts what the web tells for certain into an imported article: the address it was fetched from, and a feed's
/// title, date and author. A feed states these as data, so they win over what was read from the page's text.
/// </summary>
internal static class FeedEvidence
{
    public static ImportedArticle Apply(ImportedArticle a, string sourceUrl, FeedItem? item, string? feedTitle)
    {
        var title = item?.Title ?? a.Title;
        var date = item?.Published is { } p ? new ArticleDate(p.Year, p.Month, p.Day, p.TimeOfDay, p.Offset) : a.Date;
        var missing = new List<string>();
        foreach (var m in a.Missing)
        {
            if ((m == "title" && title is not null) || (m == "date" && date is not null))
            {
                continue;
            }
            missing.Add(m);
        }
        return new ImportedArticle
        {
            Title = title,
            Date = date,
            Topics = a.Topics,
            Experts = a.Experts,
            People = a.People,
            Author = item?.Author ?? a.Author,
            Summary = a.Summary,
            Source = a.Source ?? feedTitle,
            SourceUrl = sourceUrl,
            Lang = a.Lang,
            ImageSrc = a.ImageSrc,
            ImageCaption = a.ImageCaption,
            ImageCredit = a.ImageCredit,
            Body = a.Body,
            Missing = missing,
            NoTextKept = a.NoTextKept,
        };
    }

    /// <summary>A feed item's own content as a small HTML page, so it is read like any other page.</summary>
    public static string ItemPage(FeedItem item)
    {
        var title = System.Net.WebUtility.HtmlEncode(item.Title ?? string.Empty);
        return $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><article><h1>{title}</h1>\n{item.ContentHtml}\n</article></body></html>";
    }
}
