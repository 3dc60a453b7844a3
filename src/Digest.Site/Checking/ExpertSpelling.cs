namespace Digest.Site.Checking;

/// <summary>Pure comparisons of two people's name keys (folded, titles removed, see <see cref="Indexing.NameKey"/>).</summary>
internal static class ExpertSpelling
{
    /// <summary>
    /// Whether two different keys probably name the same person: same first initial and a surname one or two
    /// typos apart, or the same surname where one first name is just the other's initial.
    /// </summary>
    public static bool LookAlike(string keyA, string keyB)
    {
        if (keyA == keyB)
        {
            return false;
        }
        var a = keyA.Split(' ');
        var b = keyB.Split(' ');
        if (a.Length < 2 || b.Length < 2 || a[0].Length == 0 || b[0].Length == 0 || a[0][0] != b[0][0])
        {
            return false;
        }
        var surnameA = a[^1];
        var surnameB = b[^1];
        if (surnameA == surnameB)
        {
            return IsInitial(a[0]) != IsInitial(b[0]);
        }
        var shorter = Math.Min(surnameA.Length, surnameB.Length);
        // Short surnames (Berg, Burg) are too often different people to flag.
        if (shorter < 5)
        {
            return false;
        }
        var budget = shorter >= 7 ? 2 : 1;
        var distance = EditDistance.Between(surnameA, surnameB);
        return distance >= 1 && distance <= budget;
    }

    /// <summary>The name as written without academic titles and extra spaces, case kept.</summary>
    public static string Spelling(string name)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        // NameKey knows the titles: "Dr. x" keys to "x" exactly when "Dr." is one.
        while (start < words.Length - 1 && Indexing.NameKey.ForPerson(words[start] + " x") == "x")
        {
            start++;
        }
        return string.Join(' ', words, start, words.Length - start);
    }

    private static bool IsInitial(string word) => word.Length == 1 || (word.Length == 2 && word[1] == '.');
}
