using Digest.Core.Diagnostics;

namespace Digest.Site.Serving;

/// <summary>A build of the served site that succeeded and is now being served.</summary>
/// <param name="Version">The served version it became (1 for the first site that built).</param>
/// <param name="First">Whether this was the first build since the server started.</param>
/// <param name="Articles">How many articles the site has.</param>
/// <param name="Pages">How many pages it has (rendered when asked for, and in the background).</param>
/// <param name="Duration">Loading, indexing and setting up the pages; the pages render later.</param>
/// <param name="Warnings">What the build warned about, sorted.</param>
/// <param name="Phases">Wall time per phase; empty unless the live site was asked to time them.</param>
public sealed record RebuildReport(
    int Version,
    bool First,
    int Articles,
    int Pages,
    TimeSpan Duration,
    IReadOnlyList<Diagnostic> Warnings,
    IReadOnlyList<(string Phase, TimeSpan Time)> Phases)
{
    /// <summary>
    /// The article (as diagnostics name it) whose edit this version shows ahead of the full rebuild, which follows at
    /// once; null for a full build. Such a version reports no warnings: the full rebuild does.
    /// </summary>
    public string? Edited { get; init; }

    /// <summary>
    /// Whether this version was served before the first full build, from the articles' front matter, with bodies rendered
    /// as pages ask for them (see <see cref="LiveSite.ServeEarly"/>); the full build's report follows. Reports no warnings.
    /// </summary>
    public bool Early { get; init; }
}
