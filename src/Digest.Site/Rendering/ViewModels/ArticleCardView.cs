namespace Digest.Site.Rendering.ViewModels;

/// <summary>An article in a list: the home digest, topic and expert pages, the archive, related articles.</summary>
internal sealed record ArticleCardView(
    string Title,
    string Slug,
    string Url,
    DateView Date,
    string? Summary,
    IReadOnlyList<TopicLinkView> Topics,
    IReadOnlyList<ExpertLinkView> Experts,
    string Lang,
    bool LangDiffers);
