namespace Digest.Site.Rendering.ViewModels;

/// <summary>An expert in the directory and on their profile.</summary>
internal sealed record ExpertSummaryView(string Slug, string Name, string? Role, string? Org, string? Bio, string? Website, int Count, string Url, IReadOnlyList<string> Aliases);
