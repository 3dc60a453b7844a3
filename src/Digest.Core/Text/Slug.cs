using System.Globalization;
using System.Text;

namespace Digest.Core.Text;

/// <summary>
/// Turns titles and names into URL slugs: lowercase ASCII, German transliteration
/// (<c>Südkorea</c> → <c>suedkorea</c>, <c>Straße</c> → <c>strasse</c>), other diacritics folded,
/// everything else collapsed to single hyphens.
/// </summary>
public static class Slug
{
    /// <summary>Longest slug we produce; long headlines would otherwise make unwieldy paths.</summary>
    public const int MaxLength = 80;

    /// <summary>Folds of the non-ASCII characters met so far: Unicode normalization is slow, and titles repeat their letters.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<char, string?> Folded = new();

    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var ch in text)
        {
            // Plain ASCII, nearly every character of a title, needs no lookup and no allocation.
            if (ch < 128)
            {
                if (char.IsAsciiLetterOrDigit(ch))
                {
                    if (pendingHyphen)
                    {
                        sb.Append('-');
                        pendingHyphen = false;
                    }
                    sb.Append(char.ToLowerInvariant(ch));
                }
                else if (sb.Length > 0)
                {
                    pendingHyphen = true;
                }
                continue;
            }
            var mapped = Transliterate(ch);
            if (mapped is null)
            {
                if (sb.Length > 0)
                {
                    pendingHyphen = true;
                }
                continue;
            }
            foreach (var m in mapped)
            {
                if (m is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    if (pendingHyphen)
                    {
                        sb.Append('-');
                        pendingHyphen = false;
                    }
                    sb.Append(m);
                }
                else if (sb.Length > 0)
                {
                    pendingHyphen = true;
                }
            }
        }
        var slug = sb.ToString();
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength];
            var cut = slug.LastIndexOf('-');
            if (cut > MaxLength / 2)
            {
                slug = slug[..cut];
            }
            slug = slug.TrimEnd('-');
        }
        return slug;
    }

    /// <summary>Lowercase ASCII for one non-ASCII character, or null when it only separates words.</summary>
    private static string? Transliterate(char ch)
    {
        switch (ch)
        {
            case 'ä' or 'Ä': return "ae";
            case 'ö' or 'Ö': return "oe";
            case 'ü' or 'Ü': return "ue";
            case 'ß' or 'ẞ': return "ss";
            case 'æ' or 'Æ': return "ae";
            case 'ø' or 'Ø': return "o";
            case 'œ' or 'Œ': return "oe";
            case 'đ' or 'Đ': return "d";
            case 'ł' or 'Ł': return "l";
            case 'þ' or 'Þ': return "th";
            case 'ı': return "i";
        }
        if (char.IsSurrogate(ch))
        {
            // Half of an emoji or other astral character: never a letter we can spell in ASCII, and normalizing a
            // lone half throws.
            return null;
        }
        return Folded.GetOrAdd(ch, Fold);
    }

    /// <summary>Folds accents (é → e, č → c) by decomposing and dropping combining marks; null when nothing is left.</summary>
    private static string? Fold(char ch)
    {
        var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (d < 128 && char.IsAsciiLetterOrDigit(d))
            {
                sb.Append(char.ToLowerInvariant(d));
            }
        }
        return sb.Length == 0 ? null : sb.ToString();
    }
}
