namespace Digest.Site.Rendering.ViewModels;

/// <summary>An article's lead image; <see cref="Src"/> is relative to the site root, or null when only a caption is known.</summary>
internal sealed record ImageView(string? Src, string? Alt, string? Caption, string? Credit);
