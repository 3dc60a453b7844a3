namespace Digest.Site.Rendering.Markdown;

/// <summary>A heading for the table of contents.</summary>
internal sealed record TocEntry(int Level, string Id, string Text);
