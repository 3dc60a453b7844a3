namespace Digest.Site.Output.Search;

/// <summary>What a search result shows of one article; <see cref="Url"/> is relative to the site root.</summary>
internal sealed record SearchDocument(string Url, string Title, string DateIso, string DateText, IReadOnlyList<int> Topics, string? Snippet);
