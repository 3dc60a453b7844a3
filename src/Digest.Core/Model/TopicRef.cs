namespace Digest.Core.Model;

/// <summary>A topic as written in an article's front matter (a slug, label or alias; resolved later).</summary>
public sealed record TopicRef(string Name, SourceSpan Span);
