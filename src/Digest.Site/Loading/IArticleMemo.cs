using Digest.Core.Diagnostics;
using Digest.Core.Model;

namespace Digest.Site.Loading;

/// <summary>
/// What loading asks of a memory of earlier builds: articles parsed before, recognised by their file. Loading says
/// what it read; how an article is recognised and where it is kept is the memo's business. Thread-safe: articles load
/// in parallel. <see cref="NoArticleMemo"/> remembers nothing.
/// </summary>
internal interface IArticleMemo
{
    /// <summary>
    /// The article remembered for the file <paramref name="key"/> when the file still has <paramref name="length"/> and
    /// write time <paramref name="stamp"/> (0: not to be trusted), so it need not be read at all; null otherwise.
    /// </summary>
    RememberedArticle? Unchanged(string key, long length, long stamp);

    /// <summary>The article remembered for exactly these <paramref name="bytes"/> of file <paramref name="key"/>; null when there is none (it is parsed).</summary>
    RememberedArticle? Same(string key, byte[] bytes, long stamp);

    /// <summary>True when <paramref name="bytes"/>, read again later, are still what <paramref name="remembered"/> was made from.</summary>
    bool StillFits(RememberedArticle remembered, byte[] bytes);

    /// <summary>
    /// Remembers a clean parse of <paramref name="bytes"/> (decoded as <paramref name="text"/>) for the next build, with the
    /// warnings it gave.
    /// </summary>
    void Remember(string key, byte[] bytes, long stamp, string text, Article article, IReadOnlyList<Diagnostic> warnings);
}
