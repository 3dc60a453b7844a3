namespace Digest.Import.Model;

/// <summary>What happened to one source; <see cref="Line"/> is the line the CLI prints.</summary>
public sealed record ImportOutcome(string Source, ImportStatus Status, string? Target, string Detail, string? Markdown)
{
    public string Line
    {
        get
        {
            var status = Status.ToString().ToLowerInvariant();
            return Target is null ? $"{status,-9} {Source}: {Detail}" : $"{status,-9} {Target} <- {Source}{(Detail.Length > 0 ? " (" + Detail + ")" : string.Empty)}";
        }
    }
}
