using Digest.Core.Diagnostics;
using Digest.Core.Model;

namespace Digest.Site.Loading;

/// <summary>
/// An article as an earlier build parsed it, without its body: the body is the end of the file, from byte
/// <see cref="BodyOffset"/>, and is read only when something needs it. <see cref="Warnings"/> are what its parse reported.
/// </summary>
internal sealed record RememberedArticle(Article Article, int BodyOffset, IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>Whatever the memo needs to tell this article's content again (see <see cref="IArticleMemo.StillFits"/>).</summary>
    public object? Token { get; init; }
}
