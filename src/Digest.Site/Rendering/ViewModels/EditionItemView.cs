namespace Digest.Site.Rendering.ViewModels;

/// <summary>An article as an edition shows it: its card and the expert quotes it holds.</summary>
internal sealed record EditionItemView(ArticleCardView Card, IReadOnlyList<EditionQuoteView> Quotes)
{
    public string Title => Card.Title;

    public string Url => Card.Url;

    public DateView Date => Card.Date;

    public string? Summary => Card.Summary;

    public string Lang => Card.Lang;

    public bool LangDiffers => Card.LangDiffers;
}
