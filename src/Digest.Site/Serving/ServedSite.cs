namespace Digest.Site.Serving;

/// <summary>
/// What the dev server answers with: the last site that built without errors (null until one has), and the
/// problems of the newest build when it failed (or of pages that failed to render). Immutable, swapped as a whole after each rebuild.
/// </summary>
public sealed record ServedSite(LazySite? Site, int Version, SiteProblems Problems)
{
    public static readonly ServedSite Empty = new(null, 0, SiteProblems.None);
}
