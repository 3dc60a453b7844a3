using Digest.Core.Diagnostics;

namespace Digest.Site.Serving;

/// <summary>
/// Why the newest build failed, or why pages of the served version did not render: the errors it reported (a refusal
/// first), or the exception that stopped it before it could report anything. The host words them for its readers.
/// </summary>
/// <param name="Errors">At most <see cref="LiveSite.MaxProblems"/>, sorted.</param>
/// <param name="Crash">What stopped the build, typically a file that vanished or was locked mid-save; null when it ran to the end.</param>
public sealed record SiteProblems(IReadOnlyList<Diagnostic> Errors, Exception? Crash = null)
{
    public static readonly SiteProblems None = new([]);

    public bool IsEmpty => Crash is null && Errors.Count == 0;
}
