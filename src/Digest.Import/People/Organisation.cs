namespace Digest.Import.People;

/// <summary>A gazetteer entry: the canonical name and every form (including it) that refers to it.</summary>
public sealed record Organisation(string Name, IReadOnlyList<string> Names);
