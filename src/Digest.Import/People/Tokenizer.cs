namespace Digest.Import.People;

/// <summary>Splits text into words and punctuation; keeps initials and honorifics ("H.", "Dr.") and hyphenated words whole.</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, ICollection<string> abbreviations)
    {
        var tokens = new List<Token>();
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
            tokens.Add(new Token(ch.ToString(), i, false));
            i++;
        }
        return tokens;
    }
}
