namespace Digest.Site.Rendering.ViewModels;

/// <summary>
/// The page being rendered. <see cref="Root"/> leads back to the site root (<c>../../</c>); every link in a
/// template is written as <c>{{ root }}{{ x.url }}</c>, so links stay relative.
/// </summary>
internal sealed record PageView(string Kind, string Title, string Path, string Root, string Lang, string? Description, string? Canonical, IReadOnlyList<FeedLinkView> Feeds);
