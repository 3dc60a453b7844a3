using System.Buffers;

namespace Digest.Import.Text;

/// <summary>
/// Recognises scrambled paywall text (letters shifted or shuffled so the page can hide it): a long line in
/// which hardly any word is a common German or English function word and many words lack vowels.
/// </summary>
internal static class Gibberish
{
    private const int MinWords = 10;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "der", "die", "das", "und", "in", "den", "von", "zu", "mit", "sich", "des", "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "er", "sie", "hat", "aus", "bei", "nach", "wie", "dass", "so", "wird", "am", "um",
        "the", "of", "and", "to", "a", "is", "that", "for", "it", "as", "was", "with", "on", "be", "by", "at", "this", "are", "from", "or", "has", "have", "but",
    };

    /// <summary>Every line of a page is tested: the words are looked at in place, not split off as strings.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordsBySpan = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouyäöüAEIOUYÄÖÜéèáàíóú");

    private const string TrimmedPunctuation = ".,;:!?\"„“()";

    public static bool IsScrambled(string line)
    {
        var words = 0;
        var function = 0;
        var vowelless = 0;
        var text = line.AsSpan();
        while (text.Length > 0)
        {
            var gap = text.IndexOf(' ');
            var w = gap < 0 ? text : text[..gap];
            text = gap < 0 ? [] : text[(gap + 1)..];
            var word = w.Trim(TrimmedPunctuation);
            if (word.Length == 0 || !char.IsLetter(word[0]))
            {
                continue;
            }
            words++;
            if (FunctionWordsBySpan.Contains(word))
            {
                function++;
            }
            if (word.Length >= 4 && word.IndexOfAny(Vowels) < 0)
            {
                vowelless++;
            }
        }
        if (words < MinWords)
        {
            return false;
        }
        // Real prose has function words in nearly every sentence; scrambled text has almost none.
        return function * 25 < words || vowelless * 4 > words;
    }
}
