namespace Digest.Site.Caching;

/// <summary>How a build used its cache: articles reused and parsed, and why the cache was set aside or not saved, if it was.</summary>
public sealed record CacheReport(string File, int Reused, int Parsed, string? IgnoredBecause, string? SaveProblem);
