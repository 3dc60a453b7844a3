namespace Digest.Import.People;

/// <summary>
/// Affiliations given after the introduction, without the name: "sagt der Meteorologe am Institut X",
/// "Sie forscht an der Hochschule Y". They belong to the person named just before.
/// </summary>
internal sealed class AffiliationAnaphora(Lexicon lexicon, OrganisationReader orgs)
{
    /// <summary>How far back (characters) the person referred to may have been named.</summary>
    private const int AnaphoraWindow = 400;

    private static readonly HashSet<string> DefiniteArticles = new(StringComparer.Ordinal) { "der", "die", "the" };

    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "Er", "Sie", "He", "She" };

    private static readonly HashSet<string> AffiliationPrepositions = new(StringComparer.Ordinal)
    {
        "am", "an", "vom", "von", "beim", "bei", "at", "with",
    };

    /// <summary>"der Meteorologe am Institut für X (Y)": a definite role with a research body and no name after it.</summary>
    internal void TryRoleWithoutName(List<Token> t, int role, string text, int offset, List<Mention> mentions)
    {
        if (role == 0 || !DefiniteArticles.Contains(t[role - 1].Text))
        {
            return;
        }
        AddAffiliationToPrevious(t, role, role + 1, text, offset, mentions);
    }

    /// <summary>"Sie forscht an der Hochschule X": a sentence opening with a pronoun, a verb and a research body.</summary>
    internal void TryPronounAffiliation(List<Token> t, int pronoun, string text, int offset, List<Mention> mentions)
    {
        if (!SubjectPronouns.Contains(t[pronoun].Text) || pronoun > 0 && t[pronoun - 1].Text is not ("." or "!" or "?"))
        {
            return;
        }
        var verb = pronoun + 1;
        if (verb + 1 >= t.Count || !t[verb].IsWord || t[verb].IsCapitalised || lexicon.ReportingVerbs.Contains(t[verb].Text))
        {
            return;
        }
        AddAffiliationToPrevious(t, -1, verb + 1, text, offset, mentions);
    }

    private void AddAffiliationToPrevious(List<Token> t, int role, int prep, string text, int offset, List<Mention> mentions)
    {
        if (prep >= t.Count || !AffiliationPrepositions.Contains(t[prep].Text))
        {
            return;
        }
        var org = orgs.OrgPhrase(t, prep, text, out _);
        if (org.Length == 0 || !lexicon.IsResearchOrg(org))
        {
            return;
        }
        var at = offset + t[prep].Start;
        var previous = PreviousFullMention(mentions, at);
        if (previous is null || !mentions.Exists(o => o.Name == previous.Name && IntroducedAsExpert(o)))
        {
            // The person named last is an official or a subject: the affiliation does not make them an expert.
            return;
        }
        var m = new Mention { Name = previous.Name, Priority = 1, Position = at, Kind = RoleKind.Expert };
        if (role >= 0)
        {
            m.Roles.Add(t[role].Text);
        }
        orgs.AddOrg(m, org);
        mentions.Add(m);
    }

    private bool IntroducedAsExpert(Mention m) =>
        m.Kind == RoleKind.Expert || m.Kind == RoleKind.Conditional && m.Orgs.Exists(lexicon.IsResearchOrg);

    /// <summary>The person named last before <paramref name="at"/> (with a full name), if close enough.</summary>
    private static Mention? PreviousFullMention(List<Mention> mentions, int at)
    {
        Mention? best = null;
        foreach (var m in mentions)
        {
            if (m.Position < at && m.Position >= at - AnaphoraWindow && m.Name.Contains(' ') && (best is null || m.Position > best.Position))
            {
                best = m;
            }
        }
        return best;
    }
}
