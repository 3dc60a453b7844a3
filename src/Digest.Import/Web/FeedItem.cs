namespace Digest.Import.Web;

/// <summary>One item of an RSS or Atom feed: where its page is, and what the feed itself says about it.</summary>
/// <param name="Title">The item's headline as the feed gives it.</param>
/// <param name="Link">The item's page (absolute http/https), or null.</param>
/// <param name="Id">The guid / Atom id, which may or may not be an address.</param>
/// <param name="Published">The item's publication date (else its last update).</param>
/// <param name="Author">The item's author (else the feed's).</param>
/// <param name="ContentHtml">The item's full content, else its summary, as HTML; null when the feed has neither.</param>
public sealed record FeedItem(string? Title, string? Link, string? Id, DateTimeOffset? Published, string? Author, string? ContentHtml)
{
    /// <summary>The address the article is recorded under: its link, else an id that is an address.</summary>
    public string? SourceUrl => Link ?? (Id is not null && WebFetcher.IsWebAddress(Id) ? Id : null);
}
