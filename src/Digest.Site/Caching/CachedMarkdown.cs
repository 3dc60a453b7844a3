using Digest.Core.Diagnostics;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Caching;

/// <summary>
/// An article body as rendered by an earlier build, with what it depended on beyond its own text:
/// its output path, and (only when it links to other files) a hash of every link target.
/// The HTML is kept as UTF-8, the form it has in the cache file, and read from the file only when needed.
/// </summary>
internal sealed record CachedMarkdown(
    string OutputPath,
    string? TargetsHash,
    CachedHtml Html,
    IReadOnlyList<TocEntry> Headings,
    IReadOnlySet<string> Anchors,
    int WordCount,
    IReadOnlyList<Diagnostic> Diagnostics);
