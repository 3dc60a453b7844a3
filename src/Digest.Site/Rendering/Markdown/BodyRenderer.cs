using Digest.Core.Diagnostics;
using Digest.Site.Indexing;
using Digest.Site.Loading;
using Markdig.Syntax;

namespace Digest.Site.Rendering.Markdown;

/// <summary>
/// The Markdown phase: renders every article body, taking it from the memo of earlier builds where the body and what
/// its links resolve to are unchanged.
/// Bodies whose links need no other article's anchors are rendered right after parsing, so their syntax
/// trees do not all stay in memory; only bodies linking to <c>other.md#anchor</c> wait until every anchor is known.
/// </summary>
internal static class BodyRenderer
{
    private static readonly MarkdownDocument NoDocument = new();

    public static RenderedBody?[] RenderAll(SiteIndex index, BodyTexts texts, DiagnosticBag diagnostics, IBodyMemo? memo = null) =>
        RenderAll(index, texts, diagnostics, memo, out _);

    /// <summary>
    /// Like <see cref="RenderAll(SiteIndex, BodyTexts, DiagnosticBag, IBodyMemo?)"/>, and gives the link targets the bodies
    /// were resolved against, so one body edited later can be rendered again against the same site.
    /// </summary>
    public static RenderedBody?[] RenderAll(SiteIndex index, BodyTexts texts, DiagnosticBag diagnostics, IBodyMemo? memo, out LinkTargets links)
    {
        memo ??= NoBodyMemo.Instance;
        var count = index.Articles.Count;
        var rendered = new RenderedBody?[count];
        var anchors = new ParsedBody?[count];
        var waiting = new ParsedBody?[count];
        var rememberedWaiting = new RememberedBody?[count];
        var fresh = new (LinkDependencies Uses, IReadOnlyList<Diagnostic> Diagnostics)?[count];
        var statics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in index.StaticFiles)
        {
            statics[Path.GetFullPath(file.SourcePath)] = file.OutputPath;
        }
        var early = new LinkTargets(index.ArticlesByStem, index.UnpublishedStems, new Dictionary<string, ParsedBody>(), statics);
        var renderer = new MarkdownRenderer(index.Settings.UnsafeHtml);

        Parallel.For(0, count, i =>
        {
            var entry = index.Articles[i];
            if (memo.Recall(entry.Article.SourcePath, entry.OutputPath) is { } known)
            {
                anchors[i] = new ParsedBody(NoDocument, known.Body.Headings, known.Anchors, known.Body.WordCount);
                if (known.TargetsKey is null)
                {
                    rendered[i] = Recalled(known, diagnostics);
                }
                else
                {
                    rememberedWaiting[i] = known;
                }
                return;
            }
            var parsed = MarkdownRenderer.Parse(entry, texts.Of(entry.Article), diagnostics);
            if (parsed is null)
            {
                return;
            }
            var uses = LinkDependencies.Of(parsed);
            anchors[i] = new ParsedBody(NoDocument, parsed.Headings, parsed.Anchors, parsed.WordCount);
            if (uses.UsesOtherAnchors)
            {
                waiting[i] = parsed;
                return;
            }
            rendered[i] = RenderFresh(renderer, entry, parsed, early, uses, diagnostics, fresh, i);
        });

        var byStem = new Dictionary<string, ParsedBody>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            if (anchors[i] is { } body)
            {
                byStem.TryAdd(index.Articles[i].Article.FileStem, body);
            }
        }
        var targets = new LinkTargets(index.ArticlesByStem, index.UnpublishedStems, byStem, statics);
        links = targets;
        var targetsKey = new Lazy<string>(() => LinkTargetsKey.Of(targets), LazyThreadSafetyMode.ExecutionAndPublication);

        Parallel.For(0, count, i =>
        {
            var entry = index.Articles[i];
            if (rememberedWaiting[i] is { } known)
            {
                if (known.TargetsKey == targetsKey.Value)
                {
                    rendered[i] = Recalled(known, diagnostics);
                    return;
                }
                waiting[i] = MarkdownRenderer.Parse(entry, texts.Of(entry.Article), diagnostics);
            }
            if (waiting[i] is { } parsed)
            {
                rendered[i] = RenderFresh(renderer, entry, parsed, targets, LinkDependencies.Of(parsed), diagnostics, fresh, i);
                waiting[i] = null;
            }
        });

        if (memo.Keeps)
        {
            // In parallel: on a cold build this encodes every body's HTML for the memo.
            Parallel.For(0, count, i =>
            {
                if (fresh[i] is { } made && rendered[i] is { } body)
                {
                    var entry = index.Articles[i];
                    memo.Remember(entry.Article.SourcePath, entry.OutputPath, made.Uses.UsesTargets ? targetsKey.Value : null, body, anchors[i]!.Anchors,
                        made.Diagnostics);
                }
            });
        }
        return rendered;
    }

    private static RenderedBody Recalled(RememberedBody known, DiagnosticBag diagnostics)
    {
        diagnostics.AddRange(known.Warnings);
        return known.Body;
    }

    private static RenderedBody? RenderFresh(MarkdownRenderer renderer, ArticleEntry entry, ParsedBody parsed, LinkTargets targets,
        LinkDependencies uses, DiagnosticBag diagnostics, (LinkDependencies, IReadOnlyList<Diagnostic>)?[] fresh, int i)
    {
        var own = new DiagnosticBag();
        var body = renderer.Render(entry, parsed, targets, own);
        var found = own.Sorted();
        diagnostics.AddRange(found);
        // Renders with errors fail the build; they are not worth keeping.
        if (!own.HasErrors)
        {
            fresh[i] = (uses, found);
        }
        return body;
    }
}
