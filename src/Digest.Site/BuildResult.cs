using Digest.Core.Diagnostics;

namespace Digest.Site;

/// <summary>The outcome of a build: diagnostics, counts and time per phase.</summary>
public sealed record BuildResult
{
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public bool Success { get; init; }

    /// <summary>Set when the build was refused before reading anything (a usage error, exit code 2).</summary>
    public Diagnostic? Refusal { get; init; }

    public int Articles { get; init; }

    public int Files { get; init; }

    public int Written { get; init; }

    public int Unchanged { get; init; }

    public int Removed { get; init; }

    public TimeSpan Elapsed { get; init; }

    public IReadOnlyList<(string Phase, TimeSpan Time)> Timings { get; init; } = [];

    /// <summary>Process CPU time per phase, in the order of <see cref="Timings"/>.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Time)> CpuTimings { get; init; } = [];

    /// <summary>How the build cache was used; null when caching was off.</summary>
    public Caching.CacheReport? Cache { get; init; }

    /// <summary>The in-memory site (for <c>digest check</c> and tests); null when the build failed early.</summary>
    internal Output.OutputSet? Output { get; init; }

    /// <summary>What was loaded (for <c>digest check</c>'s extra rules); null when the build was refused.</summary>
    internal Loading.SiteContent? Content { get; init; }

    /// <summary>What was indexed (for <c>digest check</c>'s extra rules); null when the build was refused.</summary>
    internal Indexing.SiteIndex? Index { get; init; }
}
