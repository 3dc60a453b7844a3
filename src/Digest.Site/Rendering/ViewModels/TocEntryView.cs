namespace Digest.Site.Rendering.ViewModels;

/// <summary>A table-of-contents line; <see cref="Level"/> is 2 or 3.</summary>
internal sealed record TocEntryView(int Level, string Id, string Text);
