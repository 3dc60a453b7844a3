using System.Text.Json.Serialization;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Rendering.ViewModels;

/// <summary>
/// Everything an edition page shows. <see cref="IntroductionHtml"/> is the editor's rendered introduction (null for an
/// automatic edition); <see cref="Folder"/> holds the edition's other files (<c>email.html</c>, <c>edition.epub</c>, …).
/// </summary>
internal sealed record EditionView(
    string Title,
    string Slug,
    string Url,
    string Folder,
    DateView Date,
    string? Period,
    string? Summary,
    [property: JsonIgnore] RenderedBody? Introduction,
    IReadOnlyList<EditionSectionView> Sections,
    IReadOnlyList<ExpertLinkView> Experts,
    EditionLinkView? Newer,
    EditionLinkView? Older,
    int ArticleCount,
    bool Automatic,
    bool HasEmail)
{
    public string? IntroductionHtml => Introduction?.Html;
}
