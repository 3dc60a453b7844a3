namespace Digest.Site.Checking;

/// <summary>
/// Damerau-Levenshtein distance (optimal string alignment): insertions, deletions, substitutions and
/// swaps of neighbouring characters each cost one, so <c>nordkorae</c> is one step from <c>nordkorea</c>.
/// </summary>
internal static class EditDistance
{
    public static int Between(string a, string b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }
        if (b.Length == 0)
        {
            return a.Length;
        }
        // Three rolling rows suffice: the swap rule looks back two rows.
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, before[j - 2] + 1);
                }
                current[j] = best;
            }
            (before, previous, current) = (previous, current, before);
        }
        return previous[b.Length];
    }

    /// <summary>How many edits still count as a typo for a word of this length (short words allow fewer).</summary>
    public static int TypoBudget(int length) => length switch
    {
        < 4 => 1,
        < 9 => 2,
        _ => 3,
    };
}
