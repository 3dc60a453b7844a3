using Digest.Core.Model;

namespace Digest.Site.Loading;

/// <summary>
/// The Markdown bodies of the articles loaded. A rebuild reuses the rendered body of nearly every article, so the body of
/// an article remembered from an earlier build is read from its file only when first asked for, once; every other
/// article's body is the one it was parsed with. Made once all articles are loaded, read-only after: thread-safe.
/// </summary>
internal sealed class BodyTexts
{
    private readonly Dictionary<string, Lazy<string>>? _later;

    /// <param name="later">By source path, how to read the bodies read when first asked for.</param>
    public BodyTexts(IReadOnlyDictionary<string, Func<string>>? later = null)
    {
        if (later is null || later.Count == 0)
        {
            return;
        }
        _later = new Dictionary<string, Lazy<string>>(later.Count, StringComparer.Ordinal);
        foreach (var (path, read) in later)
        {
            _later[path] = new Lazy<string>(read, LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    /// <summary>Bodies as parsed, none read later.</summary>
    public static BodyTexts AsParsed { get; } = new();

    /// <summary>The body of <paramref name="article"/>.</summary>
    public string Of(Article article) =>
        _later is not null && _later.TryGetValue(article.SourcePath, out var later) ? later.Value : article.Body;
}
