namespace Digest.Site.Rendering.Markdown;

/// <summary>A heading for the table of contents.</summary>
public sealed record TocEntry(int Level, string Id, string Text);
