using Digest.Core.Diagnostics;

namespace Digest.Site.Checking;

/// <summary>
/// <c>digest check</c>: a full build in memory (so every build error is found exactly as the build reports it),
/// then the extra rules. Drafts and future articles are checked too: they are what authors are working on.
/// </summary>
public static class SiteChecker
{
    /// <summary>Rules run after the build, in this order.</summary>
    internal static IReadOnlyList<ICheckRule> Rules { get; } =
    [
        new UnknownTopicRule(),
        new ExpertSpellingRule(),
        new ImageAltRule(),
        new SummaryRule(),
    ];

    public static CheckResult Check(BuildOptions options)
    {
        var build = SiteBuilder.Build(options with { DryRun = true, IncludeDrafts = true, IncludeFuture = true });
        if (build.Refusal is not null || build.Content is null || build.Index is null)
        {
            return new CheckResult([], build.Refusal ?? throw new InvalidOperationException("a build that was not refused has content"), 0);
        }
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(build.Diagnostics);
        var context = new CheckContext(build.Content, build.Index);
        foreach (var rule in Rules)
        {
            rule.Check(context, diagnostics);
        }
        return new CheckResult(diagnostics.Sorted(), null, build.Content.Articles.Count);
    }
}
