namespace Digest.Import.Model;

/// <summary>An expert found in an article: fullest name, role and organisation as introduced, direct quotes.</summary>
public sealed record ImportedExpert(string Name, string? Role, string? Org, IReadOnlyList<string> Quotes);
