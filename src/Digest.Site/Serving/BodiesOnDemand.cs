using System.Collections;
using Digest.Core.Diagnostics;
using Digest.Site.Indexing;
using Digest.Site.Loading;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Serving;

/// <summary>
/// The rendered bodies of a site, each rendered the first time something reads it (a page, a card without a summary),
/// as <see cref="BodyRenderer"/> renders it. Links to another article's <c>#anchor</c> are resolved without that
/// article's anchors: they decide only whether the link is reported as broken, never the HTML, and the full build that
/// follows reports it. A body that cannot be read or parsed is null, like a body that failed in a build. Thread-safe.
/// </summary>
internal sealed class BodiesOnDemand : IReadOnlyList<RenderedBody?>
{
    private readonly SiteIndex _index;
    private readonly BodyTexts _texts;
    private readonly MarkdownRenderer _renderer;
    private readonly Lazy<RenderedBody?>[] _bodies;

    public BodiesOnDemand(SiteIndex index, BodyTexts texts)
    {
        _index = index;
        _texts = texts;
        _renderer = new MarkdownRenderer(index.Settings.UnsafeHtml);
        var statics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in index.StaticFiles)
        {
            statics[Path.GetFullPath(file.SourcePath)] = file.OutputPath;
        }
        Links = new LinkTargets(index.ArticlesByStem, index.UnpublishedStems, new Dictionary<string, ParsedBody>(), statics);
        _bodies = new Lazy<RenderedBody?>[index.Articles.Count];
        for (var i = 0; i < _bodies.Length; i++)
        {
            var at = i;
            _bodies[i] = new Lazy<RenderedBody?>(() => Render(at), LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    /// <summary>What the bodies' links are resolved against (without other articles' anchors).</summary>
    public LinkTargets Links { get; }

    /// <summary>How many bodies have been rendered so far.</summary>
    public int Rendered
    {
        get
        {
            var count = 0;
            foreach (var body in _bodies)
            {
                count += body.IsValueCreated ? 1 : 0;
            }
            return count;
        }
    }

    public int Count => _bodies.Length;

    public RenderedBody? this[int index] => _bodies[index].Value;

    public IEnumerator<RenderedBody?> GetEnumerator()
    {
        for (var i = 0; i < _bodies.Length; i++)
        {
            yield return _bodies[i].Value;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private RenderedBody? Render(int index)
    {
        var entry = _index.Articles[index];
        // What goes wrong in a body is the full build's to report; this version only shows what renders.
        var problems = new DiagnosticBag();
        try
        {
            var parsed = MarkdownRenderer.Parse(entry, _texts.Of(entry.Article), problems);
            return parsed is null ? null : _renderer.Render(entry, parsed, Links, problems);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The file went away or changed since its front matter was read: the rebuild its change starts shows it.
            return null;
        }
    }
}
