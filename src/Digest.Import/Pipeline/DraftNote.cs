using Digest.Import.Model;

namespace Digest.Import.Pipeline;

/// <summary>
/// The part of an import's output line that says why an article is a draft, the same for files and pages from the
/// web: "draft: no title, no date in the source; title guessed from the lead (title_guessed: true)".
/// </summary>
internal static class DraftNote
{
    /// <summary>The note, or null when the article is no draft.</summary>
    public static string? For(ImportedArticle article)
    {
        if (!article.Draft)
        {
            return null;
        }
        var note = article.Missing.Count > 0 ? "draft: no " + string.Join(", no ", article.Missing) + " in the source" : "draft";
        if (article.Title is null)
        {
            note += "; title guessed from the lead (title_guessed: true)";
        }
        if (article.NoTextKept)
        {
            note += "; no article text kept: every paragraph of the source was taken for page debris (boilerplate rules, <input>/import/boilerplate.yml)";
        }
        return note;
    }
}
