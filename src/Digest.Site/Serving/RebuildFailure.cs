namespace Digest.Site.Serving;

/// <summary>A build of the served site that failed; the last good version (if any) stays served.</summary>
/// <param name="First">Whether this was the first build since the server started.</param>
/// <param name="Duration">How long the attempt took.</param>
/// <param name="Problems">Why: the errors (a refusal first), or the exception that stopped it.</param>
/// <param name="StillServing">Whether an earlier version is still being served.</param>
public sealed record RebuildFailure(bool First, TimeSpan Duration, SiteProblems Problems, bool StillServing);
