using System.Diagnostics;
using Digest.Core.Diagnostics;

namespace Digest.Site;

/// <summary>
/// What <see cref="SiteBuilder.Prepare"/> gives: either a refusal (the input, theme or output folder cannot be used, so
/// nothing was read) or a complete <see cref="PreparedSite"/>.
/// </summary>
internal sealed class Preparation
{
    private Preparation(Diagnostic? refusal, PreparedSite? site, Stopwatch clock, PhaseTimer timer, DiagnosticBag diagnostics)
    {
        Refusal = refusal;
        Site = site;
        Clock = clock;
        Timer = timer;
        Diagnostics = diagnostics;
    }

    /// <summary>Why the build was refused before anything was read; null when <see cref="Site"/> was prepared.</summary>
    public Diagnostic? Refusal { get; }

    /// <summary>The prepared site; null when the build was refused.</summary>
    public PreparedSite? Site { get; }

    public Stopwatch Clock { get; }

    public PhaseTimer Timer { get; }

    /// <summary>What the phases reported (empty when the build was refused).</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary>True when pages can be rendered: nothing was refused and no phase reported an error.</summary>
    public bool Ready => Site is { Ready: true };

    public static Preparation Refused(Diagnostic refusal, Stopwatch clock, PhaseTimer timer) => new(refusal, null, clock, timer, new DiagnosticBag());

    public static Preparation Of(PreparedSite site) => new(null, site, site.Clock, site.Timer, site.Diagnostics);
}
