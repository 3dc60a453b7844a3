using static Digest.Import.People.NameReader;
using static Digest.Import.People.PeopleWords;

namespace Digest.Import.People;

/// <summary>Appositions after a name: "NAME, [eine langjährige] Geheimdienst-Analystin und Asien-Expertin …".</summary>
internal sealed class AppositionReader(Lexicon lexicon, NameReader names, RoleReader roles, EnglishAppositions english)
{
    /// <summary>"Name Surname, [eine langjährige] Geheimdienst-Analystin und Asien-Expertin …".</summary>
    internal void TryApposition(List<Token> t, int comma, string text, int offset, List<Mention> mentions)
    {
        var end = comma - 1;
        var start = end;
        while (start >= 0 && end - start < MaxNameTokens && names.IsNameToken(t[start]))
        {
            start--;
        }
        start++;
        // "Fabian von Bergen, …": particles before the surname.
        var p = start - 1;
        while (p >= 0 && names.IsParticle(t[p].Text) && start - p <= 3)
        {
            p--;
        }
        if (p < start - 1 && p >= 0 && end == start && names.IsNameToken(t[p]) && !names.LooksLikeOrgWord(t[end].Text))
        {
            var q = p;
            while (q > 0 && names.IsNameToken(t[q - 1]) && p - q < 2)
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
        while (j < t.Count && t[j].IsWord && !t[j].IsCapitalised && RoleAt(t, j) == RoleKind.None && english.SingularRole(t[j].Text) is null && skipped < 4)
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
        var kind = RoleAt(t, j);
        if (kind == RoleKind.None && english.SingularRole(t[j].Text) is not null)
        {
            english.TryPluralApposition(t, start, end, j, text, offset, mentions);
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
        var m = new Mention { Name = JoinName(t, start, n), Priority = 3, Position = offset + t[start].Start, Kind = kind, NeedsFullName = n == 1, FamilyNameFirst = FamilyNameFirst(t, start, n) };
        roles.ParseRolesAndOrgs(t, first, text, m, determiner: null);
        mentions.Add(m);
    }

    /// <summary>
    /// The role word <paramref name="j"/> names: from the role lists, or for a lower-case English noun followed by an
    /// affiliation, from its form ("a glaciologist at …", "a historian with …").
    /// </summary>
    private RoleKind RoleAt(List<Token> t, int j)
    {
        var kind = lexicon.RoleOf(t[j].Text);
        if (kind != RoleKind.None || j + 1 >= t.Count || t[j + 1].Text is not ("at" or "with" or "from" or "of"))
        {
            return kind;
        }
        return lexicon.EnglishRoleByForm(t[j].Text);
    }
}
