using Digest.Core.Diagnostics;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Caching;

/// <summary>
/// An article body as rendered by an earlier build, with what it depended on beyond its own text:
/// its output path, and (only when it links to other files) a hash of every link target.
/// </summary>
public sealed record CachedMarkdown(
    string OutputPath,
    string? TargetsHash,
    string Html,
    IReadOnlyList<TocEntry> Headings,
    IReadOnlySet<string> Anchors,
    int WordCount,
    IReadOnlyList<Diagnostic> Diagnostics);
