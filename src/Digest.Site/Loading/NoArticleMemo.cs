using Digest.Core.Diagnostics;
using Digest.Core.Model;

namespace Digest.Site.Loading;

/// <summary>Remembers nothing: every article is read and parsed (<c>--no-cache</c>).</summary>
internal sealed class NoArticleMemo : IArticleMemo
{
    public static NoArticleMemo Instance { get; } = new();

    private NoArticleMemo()
    {
    }

    public RememberedArticle? Unchanged(string key, long length, long stamp) => null;

    public RememberedArticle? Same(string key, byte[] bytes, long stamp) => null;

    public bool StillFits(RememberedArticle remembered, byte[] bytes) => false;

    public void Remember(string key, byte[] bytes, long stamp, string text, Article article, IReadOnlyList<Diagnostic> warnings)
    {
    }
}
