using System.Text;
using static Digest.Import.People.PeopleWords;

namespace Digest.Import.People;

/// <summary>What counts as a name token and how far a name runs.</summary>
internal sealed class NameReader(Lexicon lexicon)
{
    internal bool IsNameToken(Token tok)
    {
        if (!tok.IsWord || !tok.IsCapitalised || tok.Text.EndsWith('-') || lexicon.NameStopwords.Contains(tok.Text) || lexicon.Honorifics.Contains(tok.Text))
        {
            return false;
        }
        if (tok.Text.Length == 2 && tok.Text[1] == '.')
        {
            return true;
        }
        var upper = 0;
        foreach (var ch in tok.Text)
        {
            if (char.IsDigit(ch))
            {
                return false;
            }
            if (char.IsUpper(ch))
            {
                upper++;
            }
        }
        // Acronyms (SWP, OECD) are not names; role words and known organisations are not either.
        return upper * 2 <= tok.Text.Length && lexicon.RoleOf(tok.Text) == RoleKind.None;
    }

    internal int ForwardName(List<Token> t, int start)
    {
        var n = 0;
        // After two name tokens, a capitalised reporting verb ("… Example Warns Of …" in a title-case headline) ends
        // the name; as the second token it may be a surname.
        while (start + n < t.Count && n < MaxNameTokens && IsNameToken(t[start + n]) && (n < 2 || !lexicon.ReportingVerbs.Contains(t[start + n].Text)))
        {
            n++;
        }
        // "Ursula von der Leyen": particles inside a name, followed by the surname and nothing more.
        if (n >= 1 && n < MaxNameTokens)
        {
            var k = start + n;
            while (k < t.Count && lexicon.NameParticles.Contains(t[k].Text) && k - start - n < 3)
            {
                k++;
            }
            if (k > start + n && k < t.Count && IsNameToken(t[k]) && !LooksLikeOrgWord(t[k].Text)
                && (k + 1 >= t.Count || !IsNameToken(t[k + 1])))
            {
                n = k - start + 1;
            }
        }
        // A name does not end in an initial.
        while (n > 0 && t[start + n - 1].Text.EndsWith('.'))
        {
            n--;
        }
        return n;
    }

    internal static string JoinName(List<Token> t, int start, int n)
    {
        var sb = new StringBuilder();
        for (var k = start; k < start + n; k++)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }
            sb.Append(k == start + n - 1 ? WithoutPossessive(t[k].Text) : t[k].Text);
        }
        return sb.ToString();
    }

    /// <summary>True when the name of <paramref name="n"/> tokens from <paramref name="start"/> is followed by its original script.</summary>
    internal static bool FamilyNameFirst(List<Token> t, int start, int n) => n > 1 && t[start + n - 1].OriginalScriptFollows;

    /// <summary>An English possessive is not part of the name: "Ing-wen's policy" names "Ing-wen".</summary>
    internal static string WithoutPossessive(string word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] is '\'' or '’' ? word[..^2] : word;

    /// <summary>
    /// After "ROLE der ORG," a name follows: a known given name and a surname, or two or three name tokens that
    /// close the apposition (comma, full stop, end of paragraph).
    /// </summary>
    internal bool IsNameAfterComma(List<Token> t, int comma)
    {
        if (comma + 2 >= t.Count || !IsNameToken(t[comma + 1]) || !IsNameToken(t[comma + 2]))
        {
            return false;
        }
        if (lexicon.FirstNames.Contains(t[comma + 1].Text))
        {
            return true;
        }
        var n = ForwardName(t, comma + 1);
        var after = comma + 1 + n;
        return n is 2 or 3 && !LooksLikeOrgWord(t[after - 1].Text) && (after >= t.Count || t[after].Text is "," or ".");
    }

    /// <summary>True for a word inside a name such as "von" or "bin".</summary>
    internal bool IsParticle(string word) => lexicon.NameParticles.Contains(word);

    internal bool LooksLikeOrgWord(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var e in lexicon.OrganisationEndings)
        {
            if (lower.EndsWith(e, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    internal static bool HasLowercase(string s)
    {
        foreach (var ch in s)
        {
            if (char.IsLower(ch))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Experten" and "Forscherinnen" are plural; a plural role names no single person.</summary>
    internal static bool IsPluralOrInflected(string word) =>
        word.EndsWith("innen", StringComparison.Ordinal) || word.EndsWith("experten", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("analysten", StringComparison.OrdinalIgnoreCase) || word.EndsWith("experts", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("analysts", StringComparison.OrdinalIgnoreCase) || word.EndsWith("economists", StringComparison.OrdinalIgnoreCase);
}
