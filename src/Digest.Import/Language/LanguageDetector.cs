namespace Digest.Import.Language;

/// <summary>Tells German from English by counting frequent function words.</summary>
internal static class LanguageDetector
{
    private static readonly HashSet<string> German = new(StringComparer.OrdinalIgnoreCase)
    {
        "der", "die", "das", "und", "nicht", "ist", "mit", "sich", "auf", "für", "dem", "den", "ein", "eine", "auch", "es", "von", "zu", "im", "sie", "wird", "werden", "dass", "nach", "bei", "noch", "wie", "aus", "hat", "sind",
    };

    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "of", "to", "is", "that", "with", "for", "was", "are", "this", "it", "on", "as", "by", "be", "have", "has", "from", "which", "will", "its", "were", "their", "been", "would", "said", "not", "at", "these",
    };

    /// <summary>"de" or "en"; German wins ties, the digest's home language.</summary>
    public static string Detect(string text)
    {
        var de = 0;
        var en = 0;
        var start = -1;
        var limit = Math.Min(text.Length, 20_000);
        for (var i = 0; i <= limit; i++)
        {
            var letter = i < limit && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var word = text.AsSpan(start, i - start);
                if (word.Length <= 6)
                {
                    var w = word.ToString();
                    if (German.Contains(w))
                    {
                        de++;
                    }
                    else if (English.Contains(w))
                    {
                        en++;
                    }
                }
                start = -1;
            }
        }
        return en > de ? "en" : "de";
    }
}
