namespace Digest.Import.People;

/// <summary>Whole-word search in running text.</summary>
internal static class WordSearch
{
    internal static int IndexOfWord(string text, string word)
    {
        var at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]) && text[end] != '-'))
            {
                return at;
            }
            at = end;
        }
        return -1;
    }

    internal static int LastIndexOfWord(string text, string word)
    {
        var found = -1;
        var at = 0;
        while ((at = IndexOfWord(text[at..], word) is var i && i >= 0 ? at + i : -1) >= 0)
        {
            found = at;
            at += word.Length;
            if (at >= text.Length)
            {
                break;
            }
        }
        return found;
    }
}
