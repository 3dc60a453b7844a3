namespace Digest.Core.Model;

/// <summary>
/// An article's lead image. <see cref="Src"/> may be absent when only a caption survived import;
/// <see cref="SrcSpan"/> locates the <c>src</c> value for errors about the path.
/// </summary>
public sealed record ArticleImage(string? Src, string? Alt, string? Caption, string? Credit, SourceSpan Span, SourceSpan SrcSpan = default);
