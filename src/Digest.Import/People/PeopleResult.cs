using Digest.Import.Model;
using Digest.Import.Pipeline;

namespace Digest.Import.People;

/// <summary>Experts (with roles, organisations and quotes) and other named people found in an article.</summary>
public sealed record PeopleResult(IReadOnlyList<ImportedExpert> Experts, IReadOnlyList<string> People);
