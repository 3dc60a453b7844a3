using static Digest.Import.People.NameKeys;
using static Digest.Import.People.PeopleWords;

namespace Digest.Import.People;

/// <summary>Organisations after a preposition, from acronyms in a role word, and their canonical names.</summary>
internal sealed class OrganisationReader(Lexicon lexicon, NameReader names)
{
    /// <summary>The whole article, where an acronym may be spelt out in another paragraph.</summary>
    public string ArticleText { get; set; } = string.Empty;

    /// <summary>
    /// The organisation after a preposition ("des Hamburger Instituts für Weltwirtschaft (IfW)").
    /// <paramref name="stopWord"/> returns a role word that ended it, or (from <see cref="ResearchAffiliations.TryResearchAffiliation"/>) an organisation unit.
    /// </summary>
    internal string OrgPhrase(List<Token> t, int prep, string text, out string? stopWord, int stopAt = int.MaxValue)
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
                if (lexicon.FirstNames.Contains(tok.Text) && i + 1 < t.Count && names.IsNameToken(t[i + 1]) && i > start && t[i - 1].IsCapitalised)
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

    internal void AddOrg(Mention m, string org)
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
    internal void AddAcronymOrg(string word, string text, Mention m)
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
        AddOrg(m, ExpandAcronym(prefix, text) ?? ExpandAcronym(prefix, ArticleText) ?? prefix);
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
}
