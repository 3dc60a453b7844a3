namespace Digest.Import.Model;

/// <summary>The result of reading one source: an article, or the error why there is none, and a note the user should see (e.g. "read as Latin-1").</summary>
public sealed record ImportAttempt(ImportedArticle? Article, string? Error, string? Note);
