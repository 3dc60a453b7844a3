namespace Digest.Site.Indexing;

/// <summary>An expert as cited in one article, with the role and organisation given there (if any).</summary>
internal sealed record ArticleExpert(Expert Expert, string? Role, string? Org);
