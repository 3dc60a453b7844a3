using System.Text;
using System.Text.RegularExpressions;
using Digest.Core.Text;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Text;

namespace Digest.Import.People;

// Finding mentions of people in a paragraph (appositions, roles before names, honorifics, affiliations).
public sealed partial class PeopleExtractor
{
    private void ScanParagraph(string text, int offset, List<Mention> mentions)
    {
        var t = Tokenizer.Tokenize(text, lexicon.Honorifics);
        for (var i = 0; i < t.Count; i++)
        {
            var tok = t[i];
            if (!tok.IsWord)
            {
                if (tok.Text == "," && i > 0)
                {
                    TryApposition(t, i, text, offset, mentions);
                }
                continue;
            }
            if (lexicon.Honorifics.Contains(tok.Text))
            {
                TryHonorific(t, i, text, offset, mentions);
            }
            var kind = lexicon.RoleOf(tok.Text);
            if (kind != RoleKind.None && !IsPluralOrInflected(tok.Text))
            {
                var before = mentions.Count;
                TryRoleBeforeName(t, i, kind, text, offset, mentions);
                if (mentions.Count == before && kind != RoleKind.Official)
                {
                    TryRoleWithoutName(t, i, text, offset, mentions);
                }
            }
            if (tok.IsCapitalised)
            {
                TryPronounAffiliation(t, i, text, offset, mentions);
            }
            if (lexicon.FirstNames.Contains(tok.Text) && (i == 0 || !lexicon.FirstNames.Contains(t[i - 1].Text)))
            {
                var n = ForwardName(t, i);
                if (n >= 2)
                {
                    var name = JoinName(t, i, n);
                    var m = new Mention { Name = name, Priority = 0, Position = offset + tok.Start };
                    mentions.Add(m);
                    TryResearchAffiliation(t, i + n, text, offset, m, mentions);
                }
            }
        }
    }

    /// <summary>"Name Surname, [eine langjährige] Geheimdienst-Analystin und Asien-Expertin …".</summary>
    private void TryApposition(List<Token> t, int comma, string text, int offset, List<Mention> mentions)
    {
        var end = comma - 1;
        var start = end;
        while (start >= 0 && end - start < MaxNameTokens && IsNameToken(t[start]))
        {
            start--;
        }
        start++;
        // "Fabian von Bergen, …": particles before the surname.
        var p = start - 1;
        while (p >= 0 && Particles.Contains(t[p].Text) && start - p <= 3)
        {
            p--;
        }
        if (p < start - 1 && p >= 0 && end == start && IsNameToken(t[p]) && !LooksLikeOrgWord(t[end].Text))
        {
            var q = p;
            while (q > 0 && IsNameToken(t[q - 1]) && p - q < 2)
            {
                q--;
            }
            start = q;
        }
        var n = end - start + 1;
        if (n < 1 || !HasLowercase(t[end].Text))
        {
            return;
        }
        var j = comma + 1;
        var skipped = 0;
        while (j < t.Count && t[j].IsWord && !t[j].IsCapitalised && lexicon.RoleOf(t[j].Text) == RoleKind.None && SingularRole(t[j].Text) is null && skipped < 4)
        {
            if (lexicon.ReportingVerbs.Contains(t[j].Text))
            {
                return;
            }
            j++;
            skipped++;
        }
        if (j >= t.Count || !t[j].IsWord)
        {
            return;
        }
        var first = comma + 1;
        while (first < j && Determiners.Contains(t[first].Text))
        {
            first++;
        }
        var kind = lexicon.RoleOf(t[j].Text);
        if (kind == RoleKind.None && SingularRole(t[j].Text) is not null)
        {
            TryPluralApposition(t, start, end, j, text, offset, mentions);
            return;
        }
        if (kind == RoleKind.None)
        {
            // "Name, Brigadier und Militärstratege …": a title coordinated with a role word.
            if (j + 2 < t.Count && Coordinators.Contains(t[j + 1].Text) && t[j + 2].IsWord && lexicon.RoleOf(t[j + 2].Text) != RoleKind.None)
            {
                kind = lexicon.RoleOf(t[j + 2].Text);
            }
            else
            {
                return;
            }
        }
        var m = new Mention { Name = JoinName(t, start, n), Priority = 3, Position = offset + t[start].Start, Kind = kind, NeedsFullName = n == 1 };
        ParseRolesAndOrgs(t, first, text, m, determiner: null);
        mentions.Add(m);
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
                if (t[k].Text == "," && IsNameAfterComma(t, k))
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
                if (lexicon.FirstNames.Contains(t[k].Text) && k + 1 < t.Count && IsNameToken(t[k + 1]))
                {
                    found = k;
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
        if (j >= t.Count || !IsNameToken(t[j]))
        {
            return;
        }
        var n = ForwardName(t, j);
        if (n == 0 || (n == 1 && !HasLowercase(t[j].Text)))
        {
            return;
        }
        var (roleStart, determiner) = RoleStart(t, role);
        var m = new Mention { Name = JoinName(t, j, n), Priority = 3, Position = offset + t[j].Start, Kind = kind };
        var field = orgStart >= 0 && t[orgStart].Text is "für" or "for";
        // "die Professorin für Global Health Name": the field belongs to the role, it names no organisation.
        m.Roles.Add(RoleText(t, roleStart, field ? j - 1 : role, text, determiner));
        AddAcronymOrg(t[role].Text, text, m);
        if (orgStart >= 0 && !field)
        {
            var org = OrgPhrase(t, orgStart, text, out _, stopAt: t[j - 1].Text == "," ? j - 1 : j);
            AddOrg(m, org);
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
                AddOrg(m, text[t[k + 1].Start..t[roleStart - 1].End]);
            }
        }
        mentions.Add(m);
        TryResearchAffiliation(t, j + n, text, offset, m, mentions, addMention: false);
    }

    /// <summary>"Prof. Name", "Dr. Name von der Forschungsgruppe X der Stiftung Y (SWP)".</summary>
    private void TryHonorific(List<Token> t, int h, string text, int offset, List<Mention> mentions)
    {
        var j = h + 1;
        while (j < t.Count && t[j].IsWord && lexicon.Honorifics.Contains(t[j].Text))
        {
            j++;
        }
        if (j >= t.Count || !IsNameToken(t[j]))
        {
            return;
        }
        var n = ForwardName(t, j);
        if (n < 2)
        {
            return;
        }
        var professor = t[h].Text.StartsWith("Prof", StringComparison.Ordinal);
        var m = new Mention
        {
            Name = JoinName(t, j, n),
            Priority = 2,
            Position = offset + t[j].Start,
            Kind = professor ? RoleKind.Expert : RoleKind.Conditional,
        };
        if (professor)
        {
            m.Roles.Add(t[h].Text == "Professorin" ? "Professorin" : "Professor");
        }
        mentions.Add(m);
        TryResearchAffiliation(t, j + n, text, offset, m, mentions, addMention: false);
    }

    /// <summary>"Name von der Forschungsgruppe X der Stiftung Y": an affiliation after a name.</summary>
    private void TryResearchAffiliation(List<Token> t, int after, string text, int offset, Mention m, List<Mention> mentions, bool addMention = false)
    {
        if (after >= t.Count || !t[after].IsWord || t[after].Text is not ("von" or "vom" or "from" or "of" or "at" or "bei" or "beim"))
        {
            return;
        }
        var org = OrgPhrase(t, after, text, out var unit);
        if (org.Length == 0 || !lexicon.IsResearchOrg(org))
        {
            return;
        }
        AddOrg(m, org);
        if (unit is not null && m.Roles.Count == 0)
        {
            m.Roles.Add(unit);
        }
        if (m.Kind is RoleKind.None or RoleKind.Conditional && (m.Kind == RoleKind.Conditional || HasReportingVerbNear(text, t[after].Start)))
        {
            // Staff of a research body whose assessment is reported count as experts.
            m.Kind = RoleKind.Expert;
        }
        if (addMention)
        {
            mentions.Add(m);
        }
    }

    private bool HasReportingVerbNear(string text, int at)
    {
        var from = Math.Max(0, at - QuoteWindow);
        var to = Math.Min(text.Length, at + QuoteWindow);
        foreach (var w in text[from..to].Split([' ', ',', '.', ':', '“', '„', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (lexicon.ReportingVerbs.Contains(w) && w != "so")
            {
                return true;
            }
        }
        return false;
    }
}
