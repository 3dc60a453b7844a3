namespace Digest.Cli.Init;

/// <summary>What <c>digest init</c> fills into its templates: the site's title and language, today's date and the tool's version.</summary>
public sealed record SiteValues(string Title, string Language, DateOnly Today, string Version);
