using Digest.Import.Model;
using Digest.Import.Pipeline;

namespace Digest.Import.Web;

/// <summary>The result of reading one web source: an article with the address it is recorded under, or why there is none.</summary>
/// <param name="Article">The article, or null.</param>
/// <param name="SourceUrl">The address the article is recorded under (after redirects).</param>
/// <param name="Error">Why there is no article.</param>
/// <param name="Note">Something the user should see (a redirect, the feed's content used instead of the page).</param>
/// <param name="Failed">A fetch that did not succeed (as opposed to a page that is not an article).</param>
/// <param name="Skipped">A feed item imported before, which is not fetched again.</param>
internal sealed record WebAttempt(ImportedArticle? Article, string? SourceUrl, string? Error, string? Note, bool Failed = false, bool Skipped = false);
