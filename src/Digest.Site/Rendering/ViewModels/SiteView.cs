namespace Digest.Site.Rendering.ViewModels;

/// <summary>Site settings as templates see them (<c>site.title</c>, …); <see cref="HasEditions"/> adds the editions to the navigation.</summary>
internal sealed record SiteView(string Title, string? Description, string Language, string? Author, string? Notice, string? BaseUrl, IReadOnlyDictionary<string, object?> Extra,
    bool HasEditions = false);
