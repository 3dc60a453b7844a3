namespace Digest.Core.Model;

/// <summary>An article or topic named in an edition file, with where it was written so a wrong name can be pointed at.</summary>
public readonly record struct EditionItemRef(string Name, SourceSpan Span);
