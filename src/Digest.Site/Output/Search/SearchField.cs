namespace Digest.Site.Output.Search;

/// <summary>
/// Where in an article a term occurs. Stored per posting as a bit mask; the search script ranks by the
/// heaviest field a query word hits (title > topics and experts > summary > body).
/// </summary>
[Flags]
internal enum SearchField
{
    None = 0,
    Body = 1,
    Summary = 2,
    Tags = 4,
    Title = 8,
}
