using System.Globalization;
using System.Text;

namespace Digest.Core.Text;

/// <summary>
/// Folds text for matching: lowercase, diacritics removed, <c>ß</c> → <c>ss</c>.
/// German umlauts fold to the bare vowel (<c>ü</c> → <c>u</c>); <see cref="AlternateSpelling"/>
/// gives the <c>ue</c> spelling, so both <c>sudkorea</c> and <c>suedkorea</c> find <c>Südkorea</c>.
/// </summary>
public static class SearchFolding
{
    /// <summary>Characters from here on are folded without the cache (rare in the texts: CJK and beyond).</summary>
    private const int CachedBelow = 0x3000;

    /// <summary>
    /// The fold of each non-ASCII character below <see cref="CachedBelow"/>, filled as met: decomposing and lowercasing
    /// one character allocates and calls into the globalization library, and the same few letters recur in every text.
    /// Filling a slot twice from two threads stores equal strings.
    /// </summary>
    private static readonly string?[] FoldedChars = new string?[CachedBelow];

    public static string Fold(string text)
    {
        // Most words are plain ASCII: lowercase them without a builder, or return them as they are.
        var upper = false;
        var i = 0;
        for (; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch >= 128)
            {
                break;
            }
            upper |= char.IsAsciiLetterUpper(ch);
        }
        if (i == text.Length)
        {
            return upper ? string.Create(text.Length, text, static (span, t) => t.AsSpan().ToLowerInvariant(span)) : text;
        }
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            AppendFolded(sb, ch, umlautAsE: false);
        }
        return sb.ToString();
    }

    /// <summary>The folded form with umlauts written out (<c>ü</c> → <c>ue</c>), or null if it equals <see cref="Fold"/>.</summary>
    public static string? AlternateSpelling(string text)
    {
        var hasUmlaut = false;
        foreach (var ch in text)
        {
            if (ch is 'ä' or 'ö' or 'ü' or 'Ä' or 'Ö' or 'Ü')
            {
                hasUmlaut = true;
                break;
            }
        }
        if (!hasUmlaut)
        {
            return null;
        }
        var sb = new StringBuilder(text.Length + 4);
        foreach (var ch in text)
        {
            AppendFolded(sb, ch, umlautAsE: true);
        }
        return sb.ToString();
    }

    /// <summary>Splits text into folded words (letters and digits), in order.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                AppendFolded(sb, ch, umlautAsE: false);
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }
        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }
        return words;
    }

    private static void AppendFolded(StringBuilder sb, char ch, bool umlautAsE)
    {
        switch (ch)
        {
            case 'ß' or 'ẞ':
                sb.Append("ss");
                return;
            case 'ä' or 'Ä':
                sb.Append(umlautAsE ? "ae" : "a");
                return;
            case 'ö' or 'Ö':
                sb.Append(umlautAsE ? "oe" : "o");
                return;
            case 'ü' or 'Ü':
                sb.Append(umlautAsE ? "ue" : "u");
                return;
        }
        if (ch < 128 || char.IsSurrogate(ch))
        {
            // Surrogates (emoji and other astral characters) are kept as they are: normalizing a lone half throws.
            sb.Append(char.ToLowerInvariant(ch));
            return;
        }
        if (ch < CachedBelow)
        {
            sb.Append(FoldedChars[ch] ??= FoldOne(ch));
            return;
        }
        sb.Append(FoldOne(ch));
    }

    /// <summary>One character decomposed, without its combining marks, lowercased.</summary>
    private static string FoldOne(char ch)
    {
        var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(d));
            }
        }
        return sb.ToString();
    }
}
