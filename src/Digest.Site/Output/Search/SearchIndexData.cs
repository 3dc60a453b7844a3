namespace Digest.Site.Output.Search;

/// <summary>
/// The search index before it is written: documents in site order (newest first, so a lower number means newer)
/// and every term's postings (<see cref="SearchPostingTable"/>). Topics are (label, url) pairs that
/// documents refer to by position.
/// </summary>
internal sealed record SearchIndexData(
    IReadOnlyList<SearchDocument> Documents,
    IReadOnlyList<(string Label, string Url)> Topics,
    SearchPostingTable Postings);
