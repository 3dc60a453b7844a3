namespace Digest.Import.People;

/// <summary>One place where a person is named, with what the text says about them there.</summary>
internal sealed class Mention
{
    public required string Name { get; init; }

    public List<string> Roles { get; } = [];

    public List<string> Orgs { get; } = [];

    public RoleKind Kind { get; set; }

    /// <summary>Higher for explicit introductions (apposition, role before name) than for honorifics or bare names.</summary>
    public int Priority { get; init; }

    public int Position { get; init; }

    public bool IsExpert { get; set; }

    /// <summary>A surname alone ("Name, a professor at …"): it counts only when the article gives the full name too.</summary>
    public bool NeedsFullName { get; init; }

    /// <summary>
    /// The name was followed by its original script in brackets, as Chinese and Korean names are: their family name
    /// comes first, so a later "Li said" refers to "Li Nanfang".
    /// </summary>
    public bool FamilyNameFirst { get; init; }

    public string Surname => NameKeys.Surname(Name, FamilyNameFirst);
}
