namespace Digest.Import.Html;

/// <summary>What a page says about itself in meta tags and JSON-LD.</summary>
internal sealed class HtmlMetadata
{
    public string? Headline { get; set; }

    public string? DatePublished { get; set; }

    public List<string> Authors { get; } = [];

    public string? Publisher { get; set; }

    public string? Description { get; set; }

    public string? Url { get; set; }

    public string? Image { get; set; }

    public string? Lang { get; set; }

    public string? DocumentTitle { get; set; }
}
