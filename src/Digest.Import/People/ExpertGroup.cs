using static Digest.Import.People.NameKeys;

namespace Digest.Import.People;

/// <summary>One expert: the mentions merged into them, and the role, organisation and quotes they get.</summary>
internal sealed class ExpertGroup(string name, int position)
{
    public string Name { get; set; } = name;

    public int Position { get; } = position;

    public List<Mention> Mentions { get; } = [];

    public string? Role { get; set; }

    public string? Org { get; set; }

    public List<string> Quotes { get; } = [];

    public List<int> Positions { get; } = [];

    /// <summary>Written family name first (see <see cref="Mention.FamilyNameFirst"/>).</summary>
    public bool FamilyNameFirst { get; init; }

    public string Surname => NameKeys.Surname(Name, FamilyNameFirst);
}
