using Digest.Core.Model;

namespace Digest.Import.Model;

/// <summary>What the text or HTML reader found in a source, before people and topics are analysed.</summary>
internal sealed class ExtractedDocument
{
    public string? Title { get; set; }

    public ArticleDate? Date { get; set; }

    public string? Author { get; set; }

    /// <summary>A teaser given by the page itself (meta description); otherwise the lead paragraph is used.</summary>
    public string? Summary { get; set; }

    public string? Source { get; set; }

    public string? SourceUrl { get; set; }

    public string? ImageSrc { get; set; }

    public string? ImageCaption { get; set; }

    public string? ImageCredit { get; set; }

    /// <summary>Language declared by the page (html lang), if any.</summary>
    public string? DeclaredLang { get; set; }

    public List<BodyBlock> Blocks { get; } = [];

    /// <summary>Article text kept out of the body (kicker, headline) that still names people.</summary>
    public List<string> Context { get; } = [];

    /// <summary>Text that was removed as boilerplate (used to spot the outlet).</summary>
    public List<string> Removed { get; } = [];
}
