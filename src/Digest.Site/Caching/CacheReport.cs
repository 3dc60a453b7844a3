namespace Digest.Site.Caching;

/// <summary>
/// How a build used its cache: articles reused and parsed, pages taken from the last build and rendered, and why the
/// cache was set aside or not saved, if it was.
/// </summary>
public sealed record CacheReport(string File, int Reused, int Parsed, string? IgnoredBecause, string? SaveProblem, int PagesReused = 0, int PagesRendered = 0);
