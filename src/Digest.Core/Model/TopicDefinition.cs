namespace Digest.Core.Model;

/// <summary>A topic from <c>topics.yml</c>.</summary>
public sealed record TopicDefinition(string Slug, string Label, IReadOnlyList<string> Aliases, string? Description, SourceSpan Span);
