namespace Digest.Core.Model;

/// <summary>An article's lead image. <see cref="Src"/> may be absent when only a caption survived import.</summary>
public sealed record ArticleImage(string? Src, string? Alt, string? Caption, string? Credit, SourceSpan Span);
