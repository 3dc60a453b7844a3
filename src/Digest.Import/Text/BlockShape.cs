namespace Digest.Import.Text;

/// <summary>
/// The shape of one block of page text, in words: how many, how many lowercase function words of German or English,
/// how many start with a capital, whether it ends like a sentence. Article sentences have function words and end in
/// punctuation; navigation, credits, tags and promo titles have neither.
/// </summary>
internal readonly record struct BlockShape(int Words, int FunctionWords, int Capitalised, int Letters, int Upper, bool SentenceEnd, bool AddressesReader)
{
    private static readonly HashSet<string> Function = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "und", "in", "den", "von", "zu", "mit", "sich", "des", "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "als",
        "auch", "es", "an", "er", "sie", "hat", "aus", "bei", "nach", "wie", "dass", "so", "wird", "am", "um", "noch", "sind", "war", "wurde", "werden",
        "einen", "einer", "oder", "aber", "vor", "über", "zum", "zur", "nur", "kann", "haben", "the", "of", "and", "to", "a", "an", "is", "that", "for",
        "it", "as", "was", "with", "on", "be", "by", "at", "this", "are", "from", "or", "has", "have", "but", "not", "will", "would", "its", "their",
        "his", "her", "were", "been", "said", "into", "than", "which", "who",
    };

    /// <summary>Words that address the reader: the German polite "Sie", English "you".</summary>
    private static readonly HashSet<string> Reader = new(StringComparer.Ordinal)
    {
        "Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "you", "your", "You", "Your",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionBySpan = Function.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReaderBySpan = Reader.GetAlternateLookup<ReadOnlySpan<char>>();

    private const string WordTrimmed = ".,;:!?\"„“”‘’'()«»–-";

    /// <summary>The shape of <paramref name="text"/>; its words (split at spaces) are looked at in place, not copied.</summary>
    public static BlockShape Of(string text)
    {
        int words = 0, function = 0, capitalised = 0, letters = 0, upper = 0;
        var reader = false;
        var first = true;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var raw = text.AsSpan(range);
            if (raw.IsEmpty)
            {
                continue;
            }
            var w = raw.Trim(WordTrimmed);
            if (w.Length == 0)
            {
                continue;
            }
            words++;
            if (FunctionBySpan.Contains(w))
            {
                function++;
            }
            if (char.IsUpper(w[0]))
            {
                capitalised++;
            }
            // "Sie" at the start of a sentence is "they"; in the middle of one it addresses the reader.
            if (ReaderBySpan.Contains(w) && (!first || w[0] is 'y' or 'Y'))
            {
                reader = true;
            }
            first = raw[^1] is '.' or '!' or '?' or ':';
            foreach (var ch in w)
            {
                if (char.IsLetter(ch))
                {
                    letters++;
                    if (char.IsUpper(ch))
                    {
                        upper++;
                    }
                }
            }
        }
        var last = TextTools.LastSignificant(text);
        return new BlockShape(words, function, capitalised, letters, upper, last is '.' or '!' or '?' or ':' or '…', reader);
    }

    /// <summary>A sentence of running text: several words, function words, final punctuation.</summary>
    public bool IsSentence => Words >= 6 && FunctionWords >= 1 && SentenceEnd;

    /// <summary>Nearly every word capitalised and no function word: a title, a name list or a menu, not a sentence.</summary>
    public bool IsTitleCase => Words >= 2 && FunctionWords == 0 && Capitalised * 4 >= Words * 3;

    /// <summary>Written in capitals only ("SPIEGEL ONLINE").</summary>
    public bool IsAllCaps => Letters >= 4 && Upper == Letters;
}
