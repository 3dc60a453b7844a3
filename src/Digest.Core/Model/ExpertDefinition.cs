namespace Digest.Core.Model;

/// <summary>An expert from <c>experts.yml</c>.</summary>
public sealed record ExpertDefinition(string Name, IReadOnlyList<string> Aliases, string? Role, string? Org, string? Bio, string? Url, SourceSpan Span);
