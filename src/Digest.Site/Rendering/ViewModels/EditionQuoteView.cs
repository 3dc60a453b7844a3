namespace Digest.Site.Rendering.ViewModels;

/// <summary>A direct quote in an edition, with who said it: name, role and organisation as the article gives them.</summary>
internal sealed record EditionQuoteView(string Text, string Name, string? Role, string? Org, string Url);
