namespace Digest.Core.Model;

/// <summary>An expert as named in an article, with the role, organisation and quotes given there.</summary>
public sealed record ExpertRef(string Name, string? Role, string? Org, IReadOnlyList<string> Quotes, SourceSpan Span);
