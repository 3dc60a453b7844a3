using System.Security.Cryptography;
using System.Text;
using Digest.Core.Diagnostics;
using Digest.Site.Indexing;
using Digest.Site.Rendering.Markdown;
using Markdig.Syntax;

namespace Digest.Site.Caching;

/// <summary>
/// Renders every article body, reusing cached HTML where the body and what it depends on are unchanged.
/// Bodies whose links need no other article's anchors are rendered right after parsing, so their syntax
/// trees do not all stay in memory; only bodies linking to <c>other.md#anchor</c> wait until every anchor is known.
/// </summary>
public static class CachedBodyRenderer
{
    private static readonly MarkdownDocument NoDocument = new();

    public static RenderedBody?[] RenderAll(SiteIndex index, DiagnosticBag diagnostics, BuildCache? cache)
    {
        var count = index.Articles.Count;
        var rendered = new RenderedBody?[count];
        var anchors = new ParsedBody?[count];
        var waiting = new ParsedBody?[count];
        var cachedWaiting = new CachedMarkdown?[count];
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
            if (cache?.Current(entry.Article.SourcePath)?.Markdown is { } md && md.OutputPath == entry.OutputPath)
            {
                anchors[i] = new ParsedBody(NoDocument, md.Headings, md.Anchors, md.WordCount);
                if (md.TargetsHash is null)
                {
                    rendered[i] = FromCache(md, diagnostics);
                }
                else
                {
                    cachedWaiting[i] = md;
                }
                return;
            }
            var parsed = MarkdownRenderer.Parse(entry, diagnostics);
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
        var targetsHash = new Lazy<string>(() => HashTargets(targets), LazyThreadSafetyMode.ExecutionAndPublication);

        Parallel.For(0, count, i =>
        {
            var entry = index.Articles[i];
            if (cachedWaiting[i] is { } md)
            {
                if (md.TargetsHash == targetsHash.Value)
                {
                    rendered[i] = FromCache(md, diagnostics);
                    return;
                }
                waiting[i] = MarkdownRenderer.Parse(entry, diagnostics);
            }
            if (waiting[i] is { } parsed)
            {
                rendered[i] = RenderFresh(renderer, entry, parsed, targets, LinkDependencies.Of(parsed), diagnostics, fresh, i);
                waiting[i] = null;
            }
        });

        if (cache is not null)
        {
            // In parallel: on a cold build this encodes every body's HTML for the cache file.
            Parallel.For(0, count, i =>
            {
                if (fresh[i] is not { } made || rendered[i] is not { } body)
                {
                    return;
                }
                var entry = index.Articles[i];
                if (cache.Current(entry.Article.SourcePath) is not { } cached)
                {
                    return;
                }
                var md = new CachedMarkdown(entry.OutputPath, made.Uses.UsesTargets ? targetsHash.Value : null, new CachedHtml(body.HtmlUtf8, body.Fingerprint),
                    body.Headings, anchors[i]!.Anchors, body.WordCount, made.Diagnostics);
                cache.Store(entry.Article.SourcePath, cached with { Markdown = md });
            });
        }
        return rendered;
    }

    private static RenderedBody FromCache(CachedMarkdown md, DiagnosticBag diagnostics)
    {
        diagnostics.AddRange(md.Diagnostics);
        var html = md.Html;
        return new RenderedBody(() => html.Bytes, html.Fingerprint, md.Headings, md.WordCount);
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

    /// <summary>Every article's address and anchors, unpublished names and copied files: all a relative link can resolve to.</summary>
    private static string HashTargets(LinkTargets targets)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var stems = new List<string>(targets.ArticlesByStem.Keys);
        stems.Sort(StringComparer.Ordinal);
        foreach (var stem in stems)
        {
            Add(hash, "a", stem, targets.ArticlesByStem[stem].OutputPath);
            if (targets.BodiesByStem.TryGetValue(stem, out var body))
            {
                var ids = new List<string>(body.Anchors);
                ids.Sort(StringComparer.Ordinal);
                foreach (var id in ids)
                {
                    Add(hash, "#", id, string.Empty);
                }
            }
        }
        var unpublished = new List<string>(targets.UnpublishedStems);
        unpublished.Sort(StringComparer.Ordinal);
        foreach (var stem in unpublished)
        {
            Add(hash, "u", stem, string.Empty);
        }
        var files = new List<string>(targets.StaticFilesBySource.Keys);
        files.Sort(StringComparer.Ordinal);
        foreach (var file in files)
        {
            Add(hash, "f", file, targets.StaticFilesBySource[file]);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void Add(IncrementalHash hash, string kind, string a, string b)
    {
        hash.AppendData(Encoding.UTF8.GetBytes($"{kind}\0{a}\0{b}\0"));
    }
}
