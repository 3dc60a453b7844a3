namespace Digest.Import.People;

/// <summary>Splits text into words and punctuation; keeps initials and honorifics ("H.", "Dr.") and hyphenated words whole.</summary>
public static class Tokenizer
{
    /// <summary>
    /// The one-character strings of punctuation tokens, made once per character instead of once per mark: every comma
    /// and quote of every paragraph is a token, and allocating them was a good part of the import's garbage. Two
    /// threads filling the same slot store equal strings, so the race is harmless.
    /// </summary>
    private static readonly string?[] MarkTexts = new string?[0x3000];

    public static List<Token> Tokenize(string text, ICollection<string> abbreviations)
    {
        // About one token per five characters of text: the list rarely grows (each growth copies it and leaves garbage).
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch))
            {
                i++;
                continue;
            }
            if (char.IsLetterOrDigit(ch))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' or '-' && i + 1 < text.Length && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] == ' ')))
                {
                    // A hyphen before a space is kept too: "Konflikt- und Protestforscher".
                    if (text[i] == '-' && text[i + 1] == ' ')
                    {
                        i++;
                        break;
                    }
                    i++;
                }
                var word = text[start..i];
                if (i < text.Length && text[i] == '.' && (word.Length == 1 && char.IsUpper(word[0]) || abbreviations.Contains(word + ".")))
                {
                    word += ".";
                    i++;
                }
                tokens.Add(new Token(word, start, true));
                continue;
            }
            if (ch == '(' && tokens.Count > 0 && tokens[^1].IsCapitalised && OriginalScriptEnd(text, i) is var end and > 0)
            {
                // "Li Nanfang (李南方), an economist": the name in its original script adds nothing to the Latin one
                // and would part the name from its apposition, so the brackets are passed over.
                tokens[^1] = tokens[^1] with { OriginalScriptFollows = true };
                i = end;
                continue;
            }
            tokens.Add(new Token(MarkText(ch), i, false));
            i++;
        }
        return tokens;
    }

    private static string MarkText(char ch)
    {
        if (ch >= MarkTexts.Length)
        {
            return ch.ToString();
        }
        return MarkTexts[ch] ??= ch.ToString();
    }

    /// <summary>
    /// The index after the ')' that closes a short bracket at <paramref name="open"/> holding only letters of a
    /// non-Latin script (and spaces or middle dots), or 0 when the bracket is anything else.
    /// </summary>
    private static int OriginalScriptEnd(string text, int open)
    {
        var letters = 0;
        for (var k = open + 1; k < text.Length && k <= open + 40; k++)
        {
            var c = text[k];
            if (c == ')')
            {
                return letters > 0 ? k + 1 : 0;
            }
            if (char.IsLetter(c) && c > '\u024F')
            {
                letters++;
            }
            else if (c is not (' ' or '·' or '・'))
            {
                return 0;
            }
        }
        return 0;
    }
}
