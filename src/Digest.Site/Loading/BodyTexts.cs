using Digest.Core.Model;

namespace Digest.Site.Loading;

/// <summary>
/// The Markdown bodies of the articles loaded. A rebuild reuses the rendered body of nearly every article, so the body of
/// an article remembered from an earlier build is read from its file only when first asked for, once; an article parsed
/// by this build keeps its body as the file's bytes, decoded when asked for; any other article's body is the one it was parsed with. Made once all articles are loaded, read-only after: thread-safe.
/// </summary>
internal sealed class BodyTexts
{
    private readonly Dictionary<string, Lazy<string>>? _later;
    private readonly IReadOnlyDictionary<string, Func<string>>? _decoded;

    /// <param name="later">By source path, how to read the bodies read when first asked for.</param>
    /// <param name="decoded">
    /// By source path, how to make bodies kept as the file's bytes: made on every call and not kept, since the Markdown
    /// phase asks once and holding every body as a string would double a large site's memory.
    /// </param>
    public BodyTexts(IReadOnlyDictionary<string, Func<string>>? later = null, IReadOnlyDictionary<string, Func<string>>? decoded = null)
    {
        _decoded = decoded is { Count: > 0 } ? decoded : null;
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
    public string Of(Article article)
    {
        if (_decoded is not null && _decoded.TryGetValue(article.SourcePath, out var decode))
        {
            return decode();
        }
        return _later is not null && _later.TryGetValue(article.SourcePath, out var later) ? later.Value : article.Body;
    }
}
