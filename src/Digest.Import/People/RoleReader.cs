using static Digest.Import.People.PeopleWords;

namespace Digest.Import.People;

/// <summary>The roles a mention comes with, and the organisations named in the same phrase.</summary>
internal sealed class RoleReader(Lexicon lexicon, OrganisationReader orgs, EnglishRoleField fields)
{
    /// <summary>Reads "Professor an der X und Forschungsleiter bei der Y (Z)" into roles and organisations.</summary>
    internal void ParseRolesAndOrgs(List<Token> t, int start, string text, Mention m, string? determiner)
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
            if (fields.TryRead(t, roleFrom, roleEnd, text, m, determiner))
            {
                return;
            }
            m.Roles.Add(RoleText(t, roleFrom, roleEnd, text, determiner));
            foreach (var k in Enumerable.Range(roleFrom, roleEnd - roleFrom + 1))
            {
                orgs.AddAcronymOrg(t[k].Text, text, m);
            }
            var next = roleEnd + 1;
            if (next >= t.Count || !t[next].IsWord || !OrgPrepositions.Contains(t[next].Text) || t[next].Text is "im" or "in")
            {
                return;
            }
            var org = orgs.OrgPhrase(t, next, text, out var stop);
            orgs.AddOrg(m, org);
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

    /// <summary>Where the role phrase before <paramref name="role"/> starts (adjectives, "Konflikt- und"), and its article.</summary>
    internal (int Start, string? Determiner) RoleStart(List<Token> t, int role)
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

    internal static string RoleText(List<Token> t, int from, int to, string text, string? determiner)
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
