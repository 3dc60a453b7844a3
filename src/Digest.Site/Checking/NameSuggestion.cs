namespace Digest.Site.Checking;

/// <summary>Picks the known name closest to a misspelled one, for "did you mean" hints.</summary>
internal static class NameSuggestion
{
    /// <summary>
    /// The suggestion of the candidate whose key is nearest to <paramref name="key"/> within the typo budget,
    /// or null. Ties go to the earlier candidate, so suggestions are stable.
    /// </summary>
    public static string? Best(string key, IEnumerable<(string Key, string Suggestion)> candidates)
    {
        if (key.Length == 0)
        {
            return null;
        }
        var budget = EditDistance.TypoBudget(key.Length);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (candidateKey, suggestion) in candidates)
        {
            // Cheap length filter first: the distance is at least the difference in length.
            if (Math.Abs(candidateKey.Length - key.Length) > budget)
            {
                continue;
            }
            var distance = EditDistance.Between(key, candidateKey);
            if (distance <= budget && distance < bestDistance)
            {
                best = suggestion;
                bestDistance = distance;
            }
        }
        return best;
    }
}
