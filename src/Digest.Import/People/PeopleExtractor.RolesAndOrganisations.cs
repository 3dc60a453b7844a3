using System.Text;
using System.Text.RegularExpressions;
using Digest.Core.Text;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Text;

namespace Digest.Import.People;

// The roles and organisations a mention comes with.
public sealed partial class PeopleExtractor
{
    /// <summary>Reads "Professor an der X und Forschungsleiter bei der Y (Z)" into roles and organisations.</summary>
    private void ParseRolesAndOrgs(List<Token> t, int start, string text, Mention m, string? determiner)
    {
        var i = start;
        var roleFrom = start;
        while (i < t.Count && t[i].IsWord)
        {
            // Extend over a coordinated role: "Geheimdienst-Analystin und Asien-Expertin", "economist and portfolio manager".
            var roleEnd = i;
            while (roleEnd + 1 < t.Count && t[roleEnd + 1].IsWord && !OrgPrepositions.Contains(t[roleEnd + 1].Text)
                   && (Coordinators.Contains(t[roleEnd + 1].Text) || !t[roleEnd + 1].IsCapitalised || lexicon.RoleOf(t[roleEnd + 1].Text) != RoleKind.None)
                   && roleEnd - roleFrom < 6)
            {
                if (lexicon.ReportingVerbs.Contains(t[roleEnd + 1].Text) || t[roleEnd + 1].Text is "im" or "dem" or "in")
                {
                    break;
                }
                roleEnd++;
            }
            while (roleEnd > roleFrom && (Coordinators.Contains(t[roleEnd].Text) || lexicon.RoleOf(t[roleEnd].Text) == RoleKind.None && !t[roleEnd].IsCapitalised && !IsEnglishRoleWord(t[roleEnd].Text)))
            {
                roleEnd--;
            }
            if (TryRoleOfField(t, roleFrom, roleEnd, text, m, determiner))
            {
                return;
            }
            m.Roles.Add(RoleText(t, roleFrom, roleEnd, text, determiner));
            foreach (var k in Enumerable.Range(roleFrom, roleEnd - roleFrom + 1))
            {
                AddAcronymOrg(t[k].Text, text, m);
            }
            var next = roleEnd + 1;
            if (next >= t.Count || !t[next].IsWord || !OrgPrepositions.Contains(t[next].Text) || t[next].Text is "im" or "in")
            {
                return;
            }
            var org = OrgPhrase(t, next, text, out var stop);
            AddOrg(m, org);
            if (stop is null)
            {
                return;
            }
            // The organisation ended at "und Forschungsleiter": another role follows.
            i = roleFrom = FindToken(t, next, stop);
            if (i < 0)
            {
                return;
            }
        }
    }

    private static bool IsEnglishRoleWord(string word) => word is "fund" or "senior" or "chief" or "managing" or "research" or "portfolio";

    private static int FindToken(List<Token> t, int from, string text)
    {
        for (var k = from; k < t.Count; k++)
        {
            if (t[k].Text == text)
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>
    /// The organisation after a preposition ("des Hamburger Instituts für Weltwirtschaft (IfW)").
    /// <paramref name="stopWord"/> returns a role word that ended it, or (from <see cref="TryResearchAffiliation"/>) an organisation unit.
    /// </summary>
    private string OrgPhrase(List<Token> t, int prep, string text, out string? stopWord, int stopAt = int.MaxValue)
    {
        stopWord = null;
        var i = prep;
        while (i < t.Count && t[i].IsWord && (OrgPrepositions.Contains(t[i].Text) || Determiners.Contains(t[i].Text)) && i - prep < 3)
        {
            i++;
        }
        var start = i;
        var adjectives = 0;
        while (i < t.Count && t[i].IsWord && !t[i].IsCapitalised && adjectives < 2 && !OrgConnectors.Contains(t[i].Text))
        {
            i++;
            adjectives++;
        }
        var last = -1;
        for (; i < t.Count && i < stopAt && i - start < 14; i++)
        {
            var tok = t[i];
            if (!tok.IsWord)
            {
                if (tok.Text == "(" && i + 2 < t.Count && t[i + 2].Text == ")")
                {
                    last = i + 2;
                    i += 2;
                    continue;
                }
                break;
            }
            if (tok.IsCapitalised)
            {
                if (lexicon.RoleOf(tok.Text) != RoleKind.None && i > start)
                {
                    stopWord = tok.Text;
                    break;
                }
                if (lexicon.FirstNames.Contains(tok.Text) && i + 1 < t.Count && IsNameToken(t[i + 1]) && i > start && t[i - 1].IsCapitalised)
                {
                    break;
                }
                last = i;
                continue;
            }
            if (OrgConnectors.Contains(tok.Text) || IsEnglishRoleWord(tok.Text))
            {
                continue;
            }
            break;
        }
        if (last < start)
        {
            return string.Empty;
        }
        var phrase = CutTopicAfterZu(text[t[start].Start..t[last].End]);
        if (stopWord is null)
        {
            // "Forschungsgruppe Osteuropa und Eurasien der Stiftung …": the unit is a role, the rest the organisation.
            var lower = phrase.ToLowerInvariant();
            foreach (var unit in lexicon.OrgUnits)
            {
                if (lower.StartsWith(unit, StringComparison.Ordinal))
                {
                    var split = phrase.IndexOf(" der ", StringComparison.Ordinal);
                    if (split < 0)
                    {
                        split = phrase.IndexOf(" des ", StringComparison.Ordinal);
                    }
                    if (split < 0)
                    {
                        split = phrase.IndexOf(" of the ", StringComparison.Ordinal);
                    }
                    if (split > 0)
                    {
                        stopWord = phrase[..split];
                        phrase = phrase[(split + 5)..].Trim();
                        if (phrase.StartsWith("the ", StringComparison.Ordinal))
                        {
                            phrase = phrase[4..];
                        }
                    }
                    break;
                }
            }
        }
        return phrase;
    }

    /// <summary>"Hochschule X zu Klimawandel und Gesundheit": "zu" opens the topic, except in "Universität zu Köln".</summary>
    private static string CutTopicAfterZu(string phrase)
    {
        var zu = phrase.IndexOf(" zu ", StringComparison.Ordinal);
        if (zu <= 0)
        {
            return phrase;
        }
        var before = LastToken(phrase[..zu]);
        return before is "Universität" or "Akademie" or "Wissenschaften" ? phrase : phrase[..zu];
    }

    private void AddOrg(Mention m, string org)
    {
        org = org.Trim();
        if (org.Length == 0)
        {
            return;
        }
        var canonical = lexicon.CanonicalOrg(org);
        var value = canonical is not null && org.Length < canonical.Length + 20 ? canonical : org;
        if (!m.Orgs.Contains(value))
        {
            m.Orgs.Add(value);
        }
    }

    /// <summary>"CIA-Analystin" → organisation CIA; "DIF-Analystin" → "Ilko … Foundation (DIF)" when the text spells it out.</summary>
    private void AddAcronymOrg(string word, string text, Mention m)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen is < 2 or > 8)
        {
            return;
        }
        var prefix = word[..hyphen];
        var upper = 0;
        foreach (var ch in prefix)
        {
            if (char.IsUpper(ch))
            {
                upper++;
            }
        }
        if (upper < 2 || upper * 2 < prefix.Length)
        {
            return;
        }
        var canonical = lexicon.CanonicalOrg(prefix);
        if (canonical is not null)
        {
            AddOrg(m, canonical);
            return;
        }
        AddOrg(m, ExpandAcronym(prefix, text) ?? ExpandAcronym(prefix, _allText) ?? prefix);
    }

    private static string? ExpandAcronym(string acronym, string text)
    {
        var at = text.IndexOf("(" + acronym + ")", StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }
        var words = text[..at].TrimEnd().Split(' ');
        var start = words.Length;
        for (var k = words.Length - 1; k >= 0 && words.Length - k <= 8; k--)
        {
            var w = words[k];
            if (w.Length == 0)
            {
                break;
            }
            if (char.IsUpper(w[0]))
            {
                start = k;
                continue;
            }
            if (w is "und" or "of" or "for" or "and" or "für")
            {
                continue;
            }
            break;
        }
        return start >= words.Length ? null : string.Join(' ', words[start..]) + " (" + acronym + ")";
    }

    /// <summary>Where the role phrase before <paramref name="role"/> starts (adjectives, "Konflikt- und"), and its article.</summary>
    private (int Start, string? Determiner) RoleStart(List<Token> t, int role)
    {
        var s = role;
        if (s >= 2 && Coordinators.Contains(t[s - 1].Text) && t[s - 2].IsWord && !lexicon.NameStopwords.Contains(t[s - 2].Text)
            && (t[s - 2].IsCapitalised || t[s - 2].Text.EndsWith('-')))
        {
            s -= 2;
        }
        var k = s - 1;
        var adjectives = 0;
        while (k >= 0 && t[k].IsWord && !t[k].IsCapitalised && !Determiners.Contains(t[k].Text) && adjectives < 2 && IsAdjective(t[k].Text))
        {
            k--;
            adjectives++;
        }
        if (adjectives > 0 && k >= 0 && Determiners.Contains(t[k].Text))
        {
            return (k + 1, t[k].Text);
        }
        return (s, s > 0 && Determiners.Contains(t[s - 1].Text) ? t[s - 1].Text : null);
    }

    private static bool IsAdjective(string w) =>
        w.Length > 3 && (w.EndsWith('e') || w.EndsWith("en", StringComparison.Ordinal) || w.EndsWith("er", StringComparison.Ordinal)
                         || w.EndsWith("es", StringComparison.Ordinal) || w.EndsWith("ige", StringComparison.Ordinal));

    private static string RoleText(List<Token> t, int from, int to, string text, string? determiner)
    {
        var s = text[t[from].Start..t[to].End];
        if (determiner == "der" && from < to && !t[from].IsCapitalised && t[from].Text.EndsWith('e'))
        {
            // "der polnische Energieexperte" is named "polnischer Energieexperte".
            s = t[from].Text + "r" + text[t[from].End..t[to].End];
        }
        return s;
    }
}
