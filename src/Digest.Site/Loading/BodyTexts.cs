using System.Collections.Concurrent;
using Digest.Core.Model;

namespace Digest.Site.Loading;

/// <summary>
/// The Markdown bodies of the articles loaded. A rebuild reuses the rendered body of nearly every article, so the body of
/// an article remembered from an earlier build is read from its file only when first asked for, once; every other
/// article's body is the one it was parsed with. Thread-safe.
/// </summary>
public sealed class BodyTexts
{
    private readonly ConcurrentDictionary<string, Lazy<string>> _later = new(StringComparer.Ordinal);

    // How many bodies are read later; checked before the dictionary, whose IsEmpty takes every lock when it is empty.
    private int _laterCount;

    /// <summary>Bodies as parsed, none read later.</summary>
    public static BodyTexts AsParsed { get; } = new();

    /// <summary>The body of <paramref name="article"/>.</summary>
    public string Of(Article article) =>
        Volatile.Read(ref _laterCount) > 0 && _later.TryGetValue(article.SourcePath, out var later) ? later.Value : article.Body;

    /// <summary>Says that the body of the article from <paramref name="sourcePath"/> is made by <paramref name="read"/> when first asked for.</summary>
    internal void Later(string sourcePath, Func<string> read)
    {
        _later[sourcePath] = new Lazy<string>(read, LazyThreadSafetyMode.ExecutionAndPublication);
        Interlocked.Increment(ref _laterCount);
    }
}
