using static Digest.Import.People.NameReader;
using static Digest.Import.People.PeopleWords;
using static Digest.Import.People.RoleReader;

namespace Digest.Import.People;

/// <summary>Finds the mentions of people in a paragraph: appositions, roles before names, honorifics, affiliations, bare names.</summary>
internal sealed class MentionScanner(
    Lexicon lexicon, NameReader names, RoleReader roles, OrganisationReader orgs, AppositionReader appositions,
    ResearchAffiliations affiliations, AffiliationAnaphora anaphora)
{
    /// <summary>How many tokens an organisation between a role and the name may take ("vom Center for … in Washington, Name").</summary>
    private const int MaxOrgBeforeName = 14;

    internal void ScanParagraph(string text, int offset, List<Mention> mentions)
    {
        var t = Tokenizer.Tokenize(text, lexicon.Honorifics);
        for (var i = 0; i < t.Count; i++)
        {
            var tok = t[i];
            if (!tok.IsWord)
            {
                if (tok.Text == "," && i > 0)
                {
                    appositions.TryApposition(t, i, text, offset, mentions);
                }
                continue;
            }
            if (lexicon.Honorifics.Contains(tok.Text))
            {
                TryHonorific(t, i, text, offset, mentions);
            }
            var kind = lexicon.RoleOf(tok.Text);
            if (kind == RoleKind.Conditional && lexicon.HasResearchModifier(tok.Text))
            {
                // "Institutsdirektorin NAME": the compound names the research body.
                kind = RoleKind.Expert;
            }
            if (kind != RoleKind.None && !IsPluralOrInflected(tok.Text))
            {
                var before = mentions.Count;
                TryRoleBeforeName(t, i, kind, text, offset, mentions);
                if (mentions.Count == before && kind != RoleKind.Official)
                {
                    anaphora.TryRoleWithoutName(t, i, text, offset, mentions);
                }
            }
            if (tok.IsCapitalised)
            {
                anaphora.TryPronounAffiliation(t, i, text, offset, mentions);
            }
            if (lexicon.FirstNames.Contains(tok.Text) && (i == 0 || !lexicon.FirstNames.Contains(t[i - 1].Text))
                && !InsideRecentName(mentions, offset + tok.Start))
            {
                var n = names.ForwardName(t, i);
                if (n >= 2)
                {
                    var name = JoinName(t, i, n);
                    var m = new Mention { Name = name, Priority = 0, Position = offset + tok.Start, FamilyNameFirst = FamilyNameFirst(t, i, n) };
                    mentions.Add(m);
                    affiliations.TryResearchAffiliation(t, i + n, text, offset, m, mentions);
                }
            }
        }
    }

    /// <summary>"der polnische Energieexperte Jan Beispiel", "DIW-Experte Muster", "Chefvolkswirt bei der Landesbank Erika Beispiel".</summary>
    private void TryRoleBeforeName(List<Token> t, int role, RoleKind kind, string text, int offset, List<Mention> mentions)
    {
        var j = role + 1;
        var orgStart = -1;
        if (j < t.Count && t[j].IsWord && OrgPrepositions.Contains(t[j].Text) && kind != RoleKind.Official)
        {
            // The organisation may stand between role and name; the name then starts with a known given name.
            orgStart = j;
            var found = -1;
            for (var k = j + 1; k < t.Count && k <= j + MaxOrgBeforeName; k++)
            {
                if (t[k].Text == "," && names.IsNameAfterComma(t, k))
                {
                    // "Chefvolkswirt der Beispielbank, Jörg Muster".
                    found = k + 1;
                    break;
                }
                if (t[k].Text == "(" && k + 2 < t.Count && t[k + 2].Text == ")")
                {
                    // "des …instituts (Abk.), Name".
                    k += 2;
                    continue;
                }
                if (!t[k].IsWord || lexicon.RoleOf(t[k].Text) != RoleKind.None)
                {
                    break;
                }
                if (lexicon.FirstNames.Contains(t[k].Text) && k + 1 < t.Count && names.IsNameToken(t[k + 1]))
                {
                    found = NameStartBefore(t, orgStart, k);
                    break;
                }
            }
            if (found < 0)
            {
                return;
            }
            j = found;
        }
        while (j < t.Count && t[j].IsWord && lexicon.Honorifics.Contains(t[j].Text))
        {
            j++;
        }
        if (j >= t.Count || !names.IsNameToken(t[j]))
        {
            return;
        }
        var n = names.ForwardName(t, j);
        if (n == 0 || (n == 1 && !HasLowercase(t[j].Text)))
        {
            return;
        }
        var (roleStart, determiner) = roles.RoleStart(t, role);
        var m = new Mention { Name = JoinName(t, j, n), Priority = 3, Position = offset + t[j].Start, Kind = kind, FamilyNameFirst = FamilyNameFirst(t, j, n) };
        var field = orgStart >= 0 && t[orgStart].Text is "für" or "for";
        // "die Professorin für Global Health Name": the field belongs to the role, it names no organisation.
        m.Roles.Add(RoleText(t, roleStart, field ? j - 1 : role, text, determiner));
        orgs.AddAcronymOrg(t[role].Text, text, m);
        if (orgStart >= 0 && !field)
        {
            var org = orgs.OrgPhrase(t, orgStart, text, out _, stopAt: t[j - 1].Text == "," ? j - 1 : j);
            orgs.AddOrg(m, org);
        }
        if (char.IsLower(t[role].Text[0]))
        {
            // English "International Monetary Fund director Name": the organisation precedes the role.
            var k = roleStart - 1;
            while (k >= 0 && t[k].IsCapitalised && !lexicon.NameStopwords.Contains(t[k].Text))
            {
                k--;
            }
            if (k + 1 < roleStart)
            {
                orgs.AddOrg(m, text[t[k + 1].Start..t[roleStart - 1].End]);
            }
        }
        mentions.Add(m);
        affiliations.TryResearchAffiliation(t, j + n, text, offset, m, mentions, addMention: false);
    }

    /// <summary>"Prof. Name", "Dr. Name von der Forschungsgruppe X der Stiftung Y (SWP)".</summary>
    private void TryHonorific(List<Token> t, int h, string text, int offset, List<Mention> mentions)
    {
        var j = h + 1;
        while (j < t.Count && t[j].IsWord && lexicon.Honorifics.Contains(t[j].Text))
        {
            j++;
        }
        if (j >= t.Count || !names.IsNameToken(t[j]))
        {
            return;
        }
        var n = names.ForwardName(t, j);
        if (n < 2)
        {
            return;
        }
        var professor = t[h].Text.StartsWith("Prof", StringComparison.Ordinal);
        var m = new Mention
        {
            Name = JoinName(t, j, n),
            FamilyNameFirst = FamilyNameFirst(t, j, n),
            Priority = 2,
            Position = offset + t[j].Start,
            Kind = professor ? RoleKind.Expert : RoleKind.Conditional,
        };
        if (professor)
        {
            m.Roles.Add(t[h].Text == "Professorin" ? "Professorin" : "Professor");
        }
        mentions.Add(m);
        affiliations.TryResearchAffiliation(t, j + n, text, offset, m, mentions, addMention: false);
    }

    /// <summary>
    /// Where a name anchored at a known given name <paramref name="given"/> starts, after a role and an organisation or
    /// field that began at <paramref name="prep"/>: a capitalised word directly before the given name is a first given
    /// name too ("für Public Health NAME Annette NAME") when it is a name token, no organisation word, and the words
    /// before it still make a field or organisation of their own: at least one, capitalised, and not ending in an
    /// adjective ("für Global Health Anna …" keeps "Health" in the field).
    /// </summary>
    private int NameStartBefore(List<Token> t, int prep, int given)
    {
        var candidate = given - 1;
        if (candidate - 1 <= prep || !names.IsNameToken(t[candidate]) || names.LooksLikeOrgWord(t[candidate].Text))
        {
            return given;
        }
        var before = t[candidate - 1];
        return before.IsCapitalised && !LooksLikeAdjective(before.Text) ? candidate : given;
    }

    private static readonly string[] AdjectiveEndings =
    [
        "al", "ic", "ive", "ous", "ary", "isch", "ische", "isches", "ischer", "ale", "ales", "aler", "liche", "liches", "licher",
    ];

    private static bool LooksLikeAdjective(string word)
    {
        foreach (var e in AdjectiveEndings)
        {
            if (word.Length > e.Length + 2 && word.EndsWith(e, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="at"/> lies inside the name of one of the last mentions found ("Annette" in "NAME Annette
    /// NAME" taken after a role): a given name there starts no second person.
    /// </summary>
    private static bool InsideRecentName(List<Mention> mentions, int at)
    {
        for (var k = mentions.Count - 1; k >= 0 && k >= mentions.Count - 4; k--)
        {
            var m = mentions[k];
            if (m.Position < at && at < m.Position + m.Name.Length)
            {
                return true;
            }
        }
        return false;
    }
}
