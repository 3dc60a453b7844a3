using Digest.Core.Diagnostics;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Caching;

/// <summary>
/// The Markdown phase's memo (<see cref="IBodyMemo"/>) kept in the build cache, beside the article each body belongs to:
/// a body is recalled only for an article this build found in the cache unchanged, rendered for the same address.
/// </summary>
internal sealed class BodyMemo(BuildCache cache) : IBodyMemo
{
    public bool Keeps => true;

    public RememberedBody? Recall(string sourcePath, string outputPath)
    {
        if (cache.Current(sourcePath)?.Markdown is not { } md || md.OutputPath != outputPath)
        {
            return null;
        }
        var html = md.Html;
        return new RememberedBody(new RenderedBody(() => html.Bytes, html.Fingerprint, md.Headings, md.WordCount), md.Anchors, md.TargetsHash, md.Diagnostics);
    }

    public void Remember(string sourcePath, string outputPath, string? targetsKey, RenderedBody body, IReadOnlySet<string> anchors,
        IReadOnlyList<Diagnostic> warnings)
    {
        // Kept beside its article: a body whose article was not kept (a parse with errors) is not worth keeping either.
        if (cache.Current(sourcePath) is not { } cached)
        {
            return;
        }
        var md = new CachedMarkdown(outputPath, targetsKey, new CachedHtml(body.HtmlUtf8, body.Fingerprint), body.Headings, anchors, body.WordCount, warnings);
        cache.Store(sourcePath, cached with { Markdown = md });
    }
}
