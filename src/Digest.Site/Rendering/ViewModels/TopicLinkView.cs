namespace Digest.Site.Rendering.ViewModels;

/// <summary>A topic as linked from an article.</summary>
internal sealed record TopicLinkView(string Slug, string Label, string Url);
