namespace Digest.Import.People;

/// <summary>Function words and word endings the people extraction reads structure from.</summary>
internal static class PeopleWords
{
    internal const int MaxNameTokens = 4;

    internal static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "the", "a", "an",
    };

    internal static readonly HashSet<string> OrgPrepositions = new(StringComparer.Ordinal)
    {
        "der", "des", "bei", "beim", "von", "vom", "an", "am", "at", "of", "from", "with", "für", "im", "in",
    };

    internal static readonly HashSet<string> OrgConnectors = new(StringComparer.Ordinal)
    {
        "und", "für", "der", "des", "of", "and", "for", "de", "du", "la", "the", "&", "zu", "an", "in", "on",
    };

    internal static readonly HashSet<string> Coordinators = new(StringComparer.Ordinal) { "und", "and", "sowie", "&" };

    internal static readonly HashSet<string> GenericRoles = new(StringComparer.OrdinalIgnoreCase) { "Experte", "Expertin", "expert", "Experten" };

    internal static bool IsEnglishRoleWord(string word) => word is "fund" or "senior" or "chief" or "managing" or "research" or "portfolio";
}
