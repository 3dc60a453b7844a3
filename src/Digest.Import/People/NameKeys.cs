using Digest.Core.Text;

namespace Digest.Import.People;

/// <summary>Comparable forms of names: folded keys, surnames, token counts.</summary>
internal static class NameKeys
{
    internal static string LastToken(string name)
    {
        var space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }

    /// <summary>The family name: the last word, or the first for a name written family name first.</summary>
    internal static string Surname(string name, bool familyNameFirst)
    {
        if (!familyNameFirst)
        {
            return LastToken(name);
        }
        var space = name.IndexOf(' ');
        return space < 0 ? name : name[..space];
    }

    internal static string Key(string name) => SearchFolding.Fold(name.Replace('-', ' '));

    internal static int TokenCount(string name) => Key(name).Split(' ').Length;

    internal static bool SameOrPart(string a, string b)
    {
        var ta = Key(a).Split(' ');
        var tb = Key(b).Split(' ');
        var (small, large) = ta.Length <= tb.Length ? (ta, tb) : (tb, ta);
        foreach (var s in small)
        {
            if (Array.IndexOf(large, s) < 0)
            {
                return false;
            }
        }
        return true;
    }
}
