using Digest.Core.Model;
using Digest.Core.Text;

namespace Digest.Import.Writing;

/// <summary>Names article files <c>&lt;yyyy-mm[-dd]&gt;-&lt;slug&gt;.md</c>.</summary>
internal static class FileNamer
{
    /// <summary>Slugs are cut to keep paths readable; headlines can be long.</summary>
    public const int MaxSlugLength = 60;

    public static string Stem(ArticleDate date, string title)
    {
        var prefix = date.Precision switch
        {
            DatePrecision.Year => date.ToIso(),
            DatePrecision.Month => date.ToIso(),
            _ => $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}",
        };
        var slug = Slug.From(title);
        if (slug.Length > MaxSlugLength)
        {
            slug = slug[..MaxSlugLength];
            var cut = slug.LastIndexOf('-');
            if (cut > MaxSlugLength / 2)
            {
                slug = slug[..cut];
            }
            slug = slug.TrimEnd('-');
        }
        return slug.Length == 0 ? prefix + "-artikel" : prefix + "-" + slug;
    }

    /// <summary>The n-th candidate name for a stem: <c>stem.md</c>, <c>stem-2.md</c>, …</summary>
    public static string Candidate(string stem, int n) => n <= 1 ? stem + ".md" : $"{stem}-{n}.md";
}
