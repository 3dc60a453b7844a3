namespace Digest.Core.Model;

/// <summary>Settings from <c>site.yml</c>; every one has a default so a folder of articles builds as it is.</summary>
public sealed record SiteSettings
{
    public string Title { get; init; } = "Digest";

    public string? Description { get; init; }

    /// <summary><c>de</c> or <c>en</c>: UI strings and date formats.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Absolute URL of the published site, ending in <c>/</c>; used only where absolute links are required.</summary>
    public string? BaseUrl { get; init; }

    public int PerPage { get; init; } = 10;

    public string? Author { get; init; }

    /// <summary>A note shown on the home page (e.g. that the sample is fiction).</summary>
    public string? Notice { get; init; }

    /// <summary>Let raw HTML in article bodies through unsanitized.</summary>
    public bool UnsafeHtml { get; init; }

    /// <summary>How often an automatic edition is made for periods without an edition file (<c>none</c> by default).</summary>
    public EditionCadence Editions { get; init; } = EditionCadence.None;

    /// <summary>What the home page shows above its article list.</summary>
    public HomeLayout Home { get; init; } = HomeLayout.Articles;

    /// <summary>The <c>List-Unsubscribe</c> header of an email edition (a <c>mailto:</c> or <c>https:</c> address), if any.</summary>
    public string? ListUnsubscribe { get; init; }

    /// <summary>The sender address of an email edition's MIME message (<c>digest edition email</c>), if any.</summary>
    public string? EmailFrom { get; init; }

    /// <summary>Other fields, kept for templates.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}
