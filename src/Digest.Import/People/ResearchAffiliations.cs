namespace Digest.Import.People;

/// <summary>An affiliation after a name: "NAME von der Forschungsgruppe X der Stiftung Y".</summary>
internal sealed class ResearchAffiliations(Lexicon lexicon, OrganisationReader orgs)
{
    /// <summary>How far (characters) a reporting verb may be from the affiliation.</summary>
    private const int ReportingWindow = 160;

    /// <summary>"Name von der Forschungsgruppe X der Stiftung Y": an affiliation after a name.</summary>
    internal void TryResearchAffiliation(List<Token> t, int after, string text, int offset, Mention m, List<Mention> mentions, bool addMention = false)
    {
        if (after >= t.Count || !t[after].IsWord || t[after].Text is not ("von" or "vom" or "from" or "of" or "at" or "bei" or "beim"))
        {
            return;
        }
        var org = orgs.OrgPhrase(t, after, text, out var unit);
        if (org.Length == 0 || !lexicon.IsResearchOrg(org))
        {
            return;
        }
        orgs.AddOrg(m, org);
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
        var from = Math.Max(0, at - ReportingWindow);
        var to = Math.Min(text.Length, at + ReportingWindow);
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
