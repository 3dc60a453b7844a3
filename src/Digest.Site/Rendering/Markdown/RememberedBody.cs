using Digest.Core.Diagnostics;

namespace Digest.Site.Rendering.Markdown;

/// <summary>
/// A body as an earlier build rendered it: its HTML (read when asked for), headings, anchors and word count, the warnings
/// it gave, and the link targets it was resolved against (<see cref="TargetsKey"/>; null when it links to no other file).
/// </summary>
internal sealed record RememberedBody(RenderedBody Body, IReadOnlySet<string> Anchors, string? TargetsKey, IReadOnlyList<Diagnostic> Warnings);
