using static Digest.Import.People.PeopleWords;

namespace Digest.Import.People;

/// <summary>English plural appositions: "NAME and NAME, the co-founders of ORG".</summary>
internal sealed class EnglishAppositions(Lexicon lexicon, NameReader names, RoleReader roles)
{
    /// <summary>"co-founders" → "co-founder" when the singular is a role word; null otherwise.</summary>
    internal string? SingularRole(string word)
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
    internal void TryPluralApposition(List<Token> t, int start, int end, int role, string text, int offset, List<Mention> mentions)
    {
        var singular = SingularRole(t[role].Text);
        if (singular is null || start < 3 || !Coordinators.Contains(t[start - 1].Text))
        {
            return;
        }
        var firstEnd = start - 2;
        var firstStart = firstEnd;
        while (firstStart >= 0 && firstEnd - firstStart < MaxNameTokens && names.IsNameToken(t[firstStart]))
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
            var m = new Mention { Name = NameReader.JoinName(t, from, to - from + 1), Priority = 3, Position = offset + t[from].Start, Kind = kind, FamilyNameFirst = NameReader.FamilyNameFirst(t, from, to - from + 1) };
            roles.ParseRolesAndOrgs(t, role, text, m, determiner: null);
            for (var r = 0; r < m.Roles.Count; r++)
            {
                m.Roles[r] = m.Roles[r].Replace(t[role].Text, singular, StringComparison.Ordinal);
            }
            mentions.Add(m);
        }
    }
}
