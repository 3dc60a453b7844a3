using System.Text.Json.Serialization;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Rendering.ViewModels;

/// <summary>
/// Everything an article page shows. <see cref="Content"/> is the rendered, sanitized body (<c>{{ article.content | raw }}</c>),
/// read from <see cref="Body"/> only when a template shows it: a rebuild that reuses the page never decodes it.
/// </summary>
internal sealed record ArticleView(
    ArticleCardView Card,
    DateView? Updated,
    [property: JsonIgnore] RenderedBody Body,
    IReadOnlyList<TocEntryView> Toc,
    bool ShowToc,
    int ReadingMinutes,
    ImageView? Image,
    IReadOnlyList<string> People,
    string? Source,
    string? SourceUrl,
    string? Author,
    IReadOnlyList<ArticleCardView> Related,
    ArticleCardView? Newer,
    ArticleCardView? Older,
    IReadOnlyDictionary<string, object?> Extra,
    IReadOnlyList<EditionLinkView> Editions)
{
    public string Content => Body.Html;

    public string Title => Card.Title;

    public string Url => Card.Url;

    public DateView Date => Card.Date;

    public string? Summary => Card.Summary;

    public IReadOnlyList<TopicLinkView> Topics => Card.Topics;

    public IReadOnlyList<ExpertLinkView> Experts => Card.Experts;

    public string Lang => Card.Lang;

    public bool LangDiffers => Card.LangDiffers;
}
