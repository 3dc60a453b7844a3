namespace Digest.Site.Serving;

/// <summary>Pages of a served version that failed to render (a template that breaks on some page), found in the background.</summary>
/// <param name="Version">The served version the pages belong to.</param>
/// <param name="Problems">The errors, at most <see cref="LiveSite.MaxProblems"/>.</param>
public sealed record RenderFailure(int Version, SiteProblems Problems);
