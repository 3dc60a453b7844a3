namespace Digest.Site.Output.Feeds;

/// <summary>Site-wide feed fields: language and the feed author (site author, else the site title).</summary>
internal sealed record FeedSiteInfo(string Language, string Author);
