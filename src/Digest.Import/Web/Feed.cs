namespace Digest.Import.Web;

/// <summary>A feed read by <see cref="FeedReader"/>: its title and items in the feed's order.</summary>
public sealed record Feed(string? Title, IReadOnlyList<FeedItem> Items);
