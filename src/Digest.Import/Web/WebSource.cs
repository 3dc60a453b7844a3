namespace Digest.Import.Web;

/// <summary>
/// One thing to import from the web: a page address, or a feed item (whose page is fetched when it has a link, and
/// whose own content stands in when the page cannot be fetched).
/// </summary>
public sealed record WebSource(string? Address, FeedItem? Item = null, string? FeedTitle = null)
{
    /// <summary>How the source is named in output lines.</summary>
    public string Display => Address ?? Item?.Id ?? $"feed item '{Item?.Title ?? "untitled"}'";

    /// <summary>The address it is recorded under before fetching (the final address after redirects may differ).</summary>
    public string? KnownUrl => Address ?? Item?.SourceUrl;
}
