using static Digest.Import.People.PeopleWords;

namespace Digest.Import.People;

/// <summary>English roles with a field: "director of economic research at ORG".</summary>
internal sealed class EnglishRoleField(Lexicon lexicon, OrganisationReader orgs)
{
    private const int MaxFieldTokens = 8;

    /// <summary>
    /// "director of economic research at the Example Council", "professor of naval history in Europe at a College": the field
    /// after "of" belongs to the role, the organisation follows "at"/"with". A field of research makes a director or
    /// head an expert whatever the organisation.
    /// </summary>
    internal bool TryRead(List<Token> t, int roleFrom, int roleEnd, string text, Mention m, string? determiner)
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
        var org = orgs.OrgPhrase(t, k, text, out _);
        if (org.Length == 0)
        {
            return false;
        }
        m.Roles.Add(RoleReader.RoleText(t, roleFrom, k - 1, text, determiner));
        orgs.AddOrg(m, org);
        if (m.Kind == RoleKind.Conditional && lexicon.IsResearchOrg(text[t[of + 1].Start..t[k - 1].End]))
        {
            m.Kind = RoleKind.Expert;
        }
        return true;
    }
}
