namespace Digest.Import.Evaluation;

public sealed record GoldExpert(string Name, string Role, string Org);
