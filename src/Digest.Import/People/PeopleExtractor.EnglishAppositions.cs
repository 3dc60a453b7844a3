namespace Digest.Import.People;

// English appositions: "NAME, senior director of economic research at ORG", "NAME and NAME, the co-founders of ORG".
public sealed partial class PeopleExtractor
{
    private const int MaxFieldTokens = 8;

    /// <summary>
    /// "director of economic research at the Example Council", "professor of naval history in Europe at a College": the field
    /// after "of" belongs to the role, the organisation follows "at"/"with". A field of research makes a director or
    /// head an expert whatever the organisation.
    /// </summary>
    private bool TryRoleOfField(List<Token> t, int roleFrom, int roleEnd, string text, Mention m, string? determiner)
    {
        var of = roleEnd + 1;
        if (of + 1 >= t.Count || t[of].Text != "of" || !t[of + 1].IsWord || t[of + 1].IsCapitalised || Determiners.Contains(t[of + 1].Text))
        {
            return false;
        }
        var k = of + 1;
        while (k < t.Count && t[k].IsWord && k - of <= MaxFieldTokens && t[k].Text is not ("at" or "with"))
        {
            if (lexicon.ReportingVerbs.Contains(t[k].Text))
            {
                return false;
            }
            k++;
        }
        if (k + 1 >= t.Count || t[k].Text is not ("at" or "with") || !t[k + 1].IsWord)
        {
            return false;
        }
        var org = OrgPhrase(t, k, text, out _);
        if (org.Length == 0)
        {
            return false;
        }
        m.Roles.Add(RoleText(t, roleFrom, k - 1, text, determiner));
        AddOrg(m, org);
        if (m.Kind == RoleKind.Conditional && lexicon.IsResearchOrg(text[t[of + 1].Start..t[k - 1].End]))
        {
            m.Kind = RoleKind.Expert;
        }
        return true;
    }

    /// <summary>"co-founders" → "co-founder" when the singular is a role word; null otherwise.</summary>
    private string? SingularRole(string word)
    {
        if (word.Length < 4 || !word.EndsWith('s') || char.IsUpper(word[0]))
        {
            return null;
        }
        var singular = word[..^1];
        return lexicon.RoleOf(singular) == RoleKind.None ? null : singular;
    }

    /// <summary>
    /// "NAME and NAME, the co-founders of ORG": a plural role after two coordinated names introduces both.
    /// <paramref name="start"/> is the second name's first token, <paramref name="role"/> the plural role word.
    /// </summary>
    private void TryPluralApposition(List<Token> t, int start, int end, int role, string text, int offset, List<Mention> mentions)
    {
        var singular = SingularRole(t[role].Text);
        if (singular is null || start < 3 || !Coordinators.Contains(t[start - 1].Text))
        {
            return;
        }
        var firstEnd = start - 2;
        var firstStart = firstEnd;
        while (firstStart >= 0 && firstEnd - firstStart < MaxNameTokens && IsNameToken(t[firstStart]))
        {
            firstStart--;
        }
        firstStart++;
        if (firstEnd - firstStart + 1 < 2 || end - start + 1 < 2)
        {
            return;
        }
        var kind = lexicon.RoleOf(singular);
        foreach (var (from, to) in (ReadOnlySpan<(int, int)>)[(firstStart, firstEnd), (start, end)])
        {
            var m = new Mention { Name = JoinName(t, from, to - from + 1), Priority = 3, Position = offset + t[from].Start, Kind = kind };
            ParseRolesAndOrgs(t, role, text, m, determiner: null);
            for (var r = 0; r < m.Roles.Count; r++)
            {
                m.Roles[r] = m.Roles[r].Replace(t[role].Text, singular, StringComparison.Ordinal);
            }
            mentions.Add(m);
        }
    }
}
