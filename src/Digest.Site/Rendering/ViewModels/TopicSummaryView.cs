namespace Digest.Site.Rendering.ViewModels;

/// <summary>A topic in the topic index and on its own page.</summary>
internal sealed record TopicSummaryView(string Slug, string Label, string? Description, int Count, string Url, IReadOnlyList<string> Aliases);
