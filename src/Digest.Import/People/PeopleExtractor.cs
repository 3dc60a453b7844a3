using System.Text;
using System.Text.RegularExpressions;
using Digest.Core.Text;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Text;

namespace Digest.Import.People;

/// <summary>
/// Finds the people an article names and decides who is an expert: someone introduced with an expert-type
/// role (apposition "Name, Nordkorea-Experte der SWP", role before name "der Militärexperte Name",
/// "Prof. Name", "Dr. Name von der Forschungsgruppe … der SWP"), as opposed to officials, subjects and authors.
/// Later surname mentions ("sagt Hilpert") are merged into the full name.
/// Keeps per-article state: use one instance per article (or per thread).
/// </summary>
public sealed partial class PeopleExtractor(Lexicon lexicon)
{
    private const int MaxNameTokens = 4;
    private const int QuoteWindow = 160;

    private string _allText = string.Empty;

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "the", "a", "an",
    };

    private static readonly HashSet<string> OrgPrepositions = new(StringComparer.Ordinal)
    {
        "der", "des", "bei", "beim", "von", "vom", "an", "am", "at", "of", "from", "with", "für", "im", "in",
    };

    private static readonly HashSet<string> OrgConnectors = new(StringComparer.Ordinal)
    {
        "und", "für", "der", "des", "of", "and", "for", "de", "du", "la", "the", "&", "zu", "an", "in", "on",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "de", "der", "den", "zu", "di", "da", "del", "al", "bin", "ibn", "ter", "ten", "la", "le", "du", "dos", "das",
    };

    private static readonly string[] OrgWordEndings =
    [
        "bank", "amt", "ministerium", "institut", "universität", "stiftung", "partei", "regierung", "zentrale", "agentur", "gruppe", "kommission",
        "union", "organisation", "verband", "gesellschaft", "akademie", "schule", "behörde", "polizei", "armee", "marine", "zeitung", "sender",
        "fonds", "rat", "gericht", "konzern", "werk", "werke", "kasse", "zentrum", "center", "bund", "tag", "land", "stadt", "kirche", "leyen-kommission",
    ];

    private static readonly HashSet<string> Coordinators = new(StringComparer.Ordinal) { "und", "and", "sowie", "&" };

    private static readonly HashSet<string> GenericRoles = new(StringComparer.OrdinalIgnoreCase) { "Experte", "Expertin", "expert", "Experten" };

    [GeneratedRegex(@"„(?<q>[^“”„]{8,800})[“”]|“(?<q>[^”“]{8,800})”|»(?<q>[^«»]{8,800})«|«(?<q>[^»«]{8,800})»|""(?<q>[^""]{8,800})""")]
    private static partial Regex Quote();

    public PeopleResult Extract(IReadOnlyList<string> paragraphs, string? author)
    {
        _allText = string.Join("\n", paragraphs);
        var mentions = new List<Mention>();
        var offset = 0;
        foreach (var p in paragraphs)
        {
            ScanParagraph(p, offset, mentions);
            offset += p.Length + 1;
        }
        var all = string.Join("\n", paragraphs);
        AddKnownPeople(all, mentions);

        var excluded = AuthorNames(author);
        var experts = GroupExperts(mentions, excluded);
        var people = CollectPeople(mentions, experts, excluded);
        var result = new List<ImportedExpert>();
        foreach (var e in experts)
        {
            result.Add(new ImportedExpert(e.Name, e.Role, e.Org, e.Quotes));
        }
        AttachQuotes(paragraphs, experts, result);
        return new PeopleResult(result, people);
    }

    private sealed class ExpertGroup(string name, int position)
    {
        public string Name { get; set; } = name;

        public int Position { get; } = position;

        public List<Mention> Mentions { get; } = [];

        public string? Role { get; set; }

        public string? Org { get; set; }

        public List<string> Quotes { get; } = [];

        public List<int> Positions { get; } = [];

        public string Surname => LastToken(Name);
    }

    // ---- scanning -------------------------------------------------------------------------------

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
                TryRoleBeforeName(t, i, kind, text, offset, mentions);
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

    /// <summary>"Name Surname, [eine langjährige] CIA-Analystin und Nordkorea-Expertin …".</summary>
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
        if (n < 2 || !HasLowercase(t[end].Text))
        {
            return;
        }
        var j = comma + 1;
        var skipped = 0;
        while (j < t.Count && t[j].IsWord && !t[j].IsCapitalised && lexicon.RoleOf(t[j].Text) == RoleKind.None && skipped < 4)
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
        var m = new Mention { Name = JoinName(t, start, n), Priority = 3, Position = offset + t[start].Start, Kind = kind };
        ParseRolesAndOrgs(t, first, text, m, determiner: null);
        mentions.Add(m);
    }

    /// <summary>"der russische Militärexperte Igor Korotschenko", "SWP-Experte Hilpert", "Militärstratege beim Bundesheer Philipp Eder".</summary>
    private void TryRoleBeforeName(List<Token> t, int role, RoleKind kind, string text, int offset, List<Mention> mentions)
    {
        var j = role + 1;
        var orgStart = -1;
        if (j < t.Count && t[j].IsWord && OrgPrepositions.Contains(t[j].Text) && kind != RoleKind.Official)
        {
            // The organisation may stand between role and name; the name then starts with a known given name.
            orgStart = j;
            var found = -1;
            for (var k = j + 1; k < t.Count && k <= j + 8; k++)
            {
                if (t[k].Text == "," && k + 2 < t.Count && lexicon.FirstNames.Contains(t[k + 1].Text) && IsNameToken(t[k + 2]))
                {
                    // "Chefvolkswirt der Commerzbank, Jörg Krämer".
                    found = k + 1;
                    break;
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
        m.Roles.Add(RoleText(t, roleStart, role, text, determiner));
        AddAcronymOrg(t[role].Text, text, m);
        if (orgStart >= 0)
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

    // ---- roles and organisations -----------------------------------------------------------------

    /// <summary>Reads "Professor an der X und Forschungsleiter bei der Y (Z)" into roles and organisations.</summary>
    private void ParseRolesAndOrgs(List<Token> t, int start, string text, Mention m, string? determiner)
    {
        var i = start;
        var roleFrom = start;
        while (i < t.Count && t[i].IsWord)
        {
            // Extend over a coordinated role: "CIA-Analystin und Nordkorea-Expertin", "economist and fund manager".
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
            m.Roles.Add(RoleText(t, roleFrom, roleEnd, text, determiner));
            foreach (var k in Enumerable.Range(roleFrom, roleEnd - roleFrom + 1))
            {
                AddAcronymOrg(t[k].Text, text, m);
            }
            var next = roleEnd + 1;
            if (next >= t.Count || !t[next].IsWord || !OrgPrepositions.Contains(t[next].Text) || t[next].Text is "im" or "in")
            {
                return;
            }
            var org = OrgPhrase(t, next, text, out var stop);
            AddOrg(m, org);
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

    private static bool IsEnglishRoleWord(string word) => word is "fund" or "senior" or "chief" or "managing" or "research" or "portfolio";

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

    /// <summary>
    /// The organisation after a preposition ("der Berliner Stiftung Wissenschaft und Politik (SWP)").
    /// <paramref name="stopWord"/> returns a role word that ended it, or (from <see cref="TryResearchAffiliation"/>) an organisation unit.
    /// </summary>
    private string OrgPhrase(List<Token> t, int prep, string text, out string? stopWord, int stopAt = int.MaxValue)
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
                if (lexicon.FirstNames.Contains(tok.Text) && i + 1 < t.Count && IsNameToken(t[i + 1]) && i > start && t[i - 1].IsCapitalised)
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
        var phrase = text[t[start].Start..t[last].End];
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

    private void AddOrg(Mention m, string org)
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
    private void AddAcronymOrg(string word, string text, Mention m)
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
        AddOrg(m, ExpandAcronym(prefix, text) ?? ExpandAcronym(prefix, _allText) ?? prefix);
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

    /// <summary>Where the role phrase before <paramref name="role"/> starts (adjectives, "Konflikt- und"), and its article.</summary>
    private (int Start, string? Determiner) RoleStart(List<Token> t, int role)
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

    private static string RoleText(List<Token> t, int from, int to, string text, string? determiner)
    {
        var s = text[t[from].Start..t[to].End];
        if (determiner == "der" && from < to && !t[from].IsCapitalised && t[from].Text.EndsWith('e'))
        {
            // "der russische Militärexperte" is named "russischer Militärexperte".
            s = t[from].Text + "r" + text[t[from].End..t[to].End];
        }
        return s;
    }

    // ---- names ------------------------------------------------------------------------------------

    private bool IsNameToken(Token tok)
    {
        if (!tok.IsWord || !tok.IsCapitalised || tok.Text.EndsWith('-') || lexicon.NameStopwords.Contains(tok.Text) || lexicon.Honorifics.Contains(tok.Text))
        {
            return false;
        }
        if (tok.Text.Length == 2 && tok.Text[1] == '.')
        {
            return true;
        }
        var upper = 0;
        foreach (var ch in tok.Text)
        {
            if (char.IsDigit(ch))
            {
                return false;
            }
            if (char.IsUpper(ch))
            {
                upper++;
            }
        }
        // Acronyms (SWP, OECD) are not names; role words and known organisations are not either.
        return upper * 2 <= tok.Text.Length && lexicon.RoleOf(tok.Text) == RoleKind.None;
    }

    private int ForwardName(List<Token> t, int start)
    {
        var n = 0;
        while (start + n < t.Count && n < MaxNameTokens && IsNameToken(t[start + n]))
        {
            n++;
        }
        // "Ursula von der Leyen": particles inside a name, followed by the surname and nothing more.
        if (n >= 1 && n < MaxNameTokens)
        {
            var k = start + n;
            while (k < t.Count && Particles.Contains(t[k].Text) && k - start - n < 3)
            {
                k++;
            }
            if (k > start + n && k < t.Count && IsNameToken(t[k]) && !LooksLikeOrgWord(t[k].Text)
                && (k + 1 >= t.Count || !IsNameToken(t[k + 1])))
            {
                n = k - start + 1;
            }
        }
        // A name does not end in an initial.
        while (n > 0 && t[start + n - 1].Text.EndsWith('.'))
        {
            n--;
        }
        return n;
    }

    private static string JoinName(List<Token> t, int start, int n)
    {
        var sb = new StringBuilder();
        for (var k = start; k < start + n; k++)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }
            sb.Append(t[k].Text);
        }
        return sb.ToString();
    }

    private static bool LooksLikeOrgWord(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var e in OrgWordEndings)
        {
            if (lower.EndsWith(e, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasLowercase(string s)
    {
        foreach (var ch in s)
        {
            if (char.IsLower(ch))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Experten" and "Forscherinnen" are plural; a plural role names no single person.</summary>
    private static bool IsPluralOrInflected(string word) =>
        word.EndsWith("innen", StringComparison.Ordinal) || word.EndsWith("experten", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("analysten", StringComparison.OrdinalIgnoreCase) || word.EndsWith("experts", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("analysts", StringComparison.OrdinalIgnoreCase) || word.EndsWith("economists", StringComparison.OrdinalIgnoreCase);

    private static string LastToken(string name)
    {
        var space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }

    private static string Key(string name) => SearchFolding.Fold(name.Replace('-', ' '));

    private void AddKnownPeople(string all, List<Mention> mentions)
    {
        foreach (var person in lexicon.KnownPeople)
        {
            string? best = null;
            var position = int.MaxValue;
            foreach (var form in person.Names)
            {
                var at = IndexOfWord(all, form);
                if (at >= 0 && (best is null || form.Length > best.Length))
                {
                    best = form;
                    position = Math.Min(position, at);
                }
            }
            if (best is not null)
            {
                mentions.Add(new Mention { Name = best, Priority = 0, Position = position, Kind = RoleKind.Official });
            }
        }
    }

    private static int IndexOfWord(string text, string word)
    {
        var at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]) && text[end] != '-'))
            {
                return at;
            }
            at = end;
        }
        return -1;
    }

    private static HashSet<string> AuthorNames(string? author)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(author))
        {
            return set;
        }
        foreach (var part in author.Split([",", " und ", " and ", " & "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            set.Add(Key(part));
            set.Add(Key(LastToken(part)));
        }
        return set;
    }

    // ---- grouping -----------------------------------------------------------------------------------

    private List<ExpertGroup> GroupExperts(List<Mention> mentions, HashSet<string> excluded)
    {
        foreach (var m in mentions)
        {
            m.IsExpert = m.Kind == RoleKind.Expert
                || m.Kind == RoleKind.Conditional && m.Orgs.Exists(lexicon.IsResearchOrg);
        }
        var groups = new List<ExpertGroup>();
        var ordered = mentions.FindAll(static m => m.IsExpert);
        ordered.Sort(static (a, b) => a.Position.CompareTo(b.Position));
        // Full names first, then surnames attach to them.
        foreach (var m in ordered)
        {
            if (!m.Name.Contains(' ') || excluded.Contains(Key(m.Name)))
            {
                continue;
            }
            var g = groups.Find(g => Compatible(g.Name, m.Name));
            if (g is null)
            {
                g = new ExpertGroup(m.Name, m.Position);
                groups.Add(g);
            }
            else if (m.Name.Length > g.Name.Length)
            {
                g.Name = m.Name;
            }
            g.Mentions.Add(m);
        }
        foreach (var m in ordered)
        {
            if (m.Name.Contains(' ') || excluded.Contains(Key(m.Name)))
            {
                continue;
            }
            var g = BestBySurname(groups, m.Name, m.Position);
            if (g is null)
            {
                // A surname alone: use the full form if the article gives it elsewhere.
                var full = mentions.Find(o => o.Name.Contains(' ') && Key(LastToken(o.Name)) == Key(m.Name));
                g = new ExpertGroup(full?.Name ?? m.Name, m.Position);
                groups.Add(g);
            }
            g.Mentions.Add(m);
        }
        foreach (var g in groups)
        {
            // The fullest introduction (role with organisation) describes the person best.
            var main = g.Mentions.OrderByDescending(static m => m.Priority * 10 + (m.Orgs.Count > 0 ? 5 : 0)).ThenBy(static m => m.Position).First();
            var roles = new List<string>();
            var orgs = new List<string>();
            foreach (var m in g.Mentions.OrderByDescending(static m => m.Priority * 10 + (m.Orgs.Count > 0 ? 5 : 0)).ThenBy(static m => m.Position))
            {
                foreach (var r in m.Roles)
                {
                    if (m != main && m.Priority < 3)
                    {
                        continue;
                    }
                    if (r.Length == 0 || (GenericRoles.Contains(r) && (roles.Count > 0 || m != main)) || roles.Exists(x => x.Contains(r, StringComparison.OrdinalIgnoreCase)))
                    {
                        continue;
                    }
                    if (m != main && r.Contains('-') && r[..r.IndexOf('-')].All(char.IsUpper))
                    {
                        continue;
                    }
                    roles.Add(r);
                }
                foreach (var o in m.Orgs)
                {
                    if (!orgs.Exists(x => x.Contains(o, StringComparison.Ordinal) || o.Contains(x, StringComparison.Ordinal)))
                    {
                        orgs.Add(o);
                    }
                }
            }
            g.Role = roles.Count == 0 ? null : string.Join(", ", roles);
            g.Org = orgs.Count == 0 ? null : string.Join("; ", orgs);
            foreach (var m in g.Mentions)
            {
                g.Positions.Add(m.Position);
            }
        }
        groups.Sort(static (a, b) => a.Position.CompareTo(b.Position));
        return groups;
    }

    private static ExpertGroup? BestBySurname(List<ExpertGroup> groups, string surname, int position)
    {
        ExpertGroup? best = null;
        var key = Key(surname);
        foreach (var g in groups)
        {
            if (Key(g.Surname) != key)
            {
                continue;
            }
            // With several people of one surname, the one introduced last before this mention is meant.
            if (best is null || (g.Position <= position && (best.Position > position || g.Position > best.Position)))
            {
                best = g;
            }
        }
        return best;
    }

    /// <summary>Same person: equal names, or one is the other without given names ("Hilpert", "Hanns Günther Hilpert").</summary>
    private static bool Compatible(string a, string b)
    {
        var ka = Key(a);
        var kb = Key(b);
        if (ka == kb)
        {
            return true;
        }
        var (shorter, longer) = ka.Length < kb.Length ? (ka, kb) : (kb, ka);
        if (!longer.EndsWith(" " + shorter, StringComparison.Ordinal) && !longer.StartsWith(shorter + " ", StringComparison.Ordinal))
        {
            return false;
        }
        // "Anna Weber" and "Max Weber" differ; "Hanns Hilpert" and "Hanns Günther Hilpert" do not.
        var sa = shorter.Split(' ');
        var la = longer.Split(' ');
        return sa.Length == 1 || sa[0] == la[0];
    }

    private List<string> CollectPeople(List<Mention> mentions, List<ExpertGroup> experts, HashSet<string> excluded)
    {
        var names = new List<(string Name, int Position)>();
        var ordered = mentions.FindAll(static m => !m.IsExpert);
        ordered.Sort(static (a, b) => a.Position.CompareTo(b.Position));
        foreach (var m in ordered)
        {
            var key = Key(m.Name);
            if (excluded.Contains(key) || excluded.Contains(Key(LastToken(m.Name))))
            {
                continue;
            }
            if (experts.Exists(e => Compatible(e.Name, m.Name)) || experts.Exists(e => e.Mentions.Exists(x => Key(x.Name) == key)))
            {
                continue;
            }
            var index = names.FindIndex(n => SameOrPart(n.Name, m.Name));
            if (index < 0)
            {
                names.Add((m.Name, m.Position));
            }
            else if (TokenCount(m.Name) > TokenCount(names[index].Name))
            {
                names[index] = (m.Name, names[index].Position);
            }
        }
        var result = new List<string>();
        foreach (var (name, _) in names)
        {
            result.Add(name);
        }
        return result;
    }

    private static int TokenCount(string name) => Key(name).Split(' ').Length;

    private static bool SameOrPart(string a, string b)
    {
        var ta = Key(a).Split(' ');
        var tb = Key(b).Split(' ');
        var (small, large) = ta.Length <= tb.Length ? (ta, tb) : (tb, ta);
        foreach (var s in small)
        {
            if (Array.IndexOf(large, s) < 0)
            {
                return false;
            }
        }
        return true;
    }

    // ---- quotes -------------------------------------------------------------------------------------

    private void AttachQuotes(IReadOnlyList<string> paragraphs, List<ExpertGroup> groups, List<ImportedExpert> result)
    {
        if (groups.Count == 0)
        {
            return;
        }
        var quotes = new List<string>[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            quotes[g] = [];
        }
        var offset = 0;
        var lastExpert = -1;
        foreach (var p in paragraphs)
        {
            foreach (Match q in Quote().Matches(p))
            {
                var text = q.Groups["q"].Value.Trim();
                if (TextTools.WordCount(text) < 3)
                {
                    continue;
                }
                var after = p.Substring(q.Index + q.Length, Math.Min(QuoteWindow, p.Length - q.Index - q.Length));
                var before = p.Substring(Math.Max(0, q.Index - QuoteWindow), Math.Min(QuoteWindow, q.Index));
                var who = FindExpert(after, groups, fromStart: true);
                if (who < 0)
                {
                    who = FindExpert(before, groups, fromStart: false);
                }
                if (who < 0 && lastExpert >= 0 && (ContainsRoleWord(after) || ContainsRoleWord(before)))
                {
                    who = lastExpert;
                }
                if (who >= 0 && !quotes[who].Contains(text))
                {
                    quotes[who].Add(text);
                    lastExpert = who;
                }
            }
            var mentioned = FindExpert(p, groups, fromStart: false);
            if (mentioned >= 0)
            {
                lastExpert = mentioned;
            }
            offset += p.Length + 1;
        }
        for (var g = 0; g < groups.Count; g++)
        {
            result[g] = result[g] with { Quotes = quotes[g] };
        }
    }

    private bool ContainsRoleWord(string window)
    {
        foreach (var w in window.Split([' ', ',', '.', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (lexicon.RoleOf(w) == RoleKind.Expert)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The expert whose surname occurs in the window: the first from its start, or the last.</summary>
    private static int FindExpert(string window, List<ExpertGroup> groups, bool fromStart)
    {
        var best = -1;
        var bestAt = fromStart ? int.MaxValue : -1;
        for (var g = 0; g < groups.Count; g++)
        {
            var at = fromStart ? IndexOfWord(window, groups[g].Surname) : LastIndexOfWord(window, groups[g].Surname);
            if (at < 0)
            {
                continue;
            }
            if (fromStart ? at < bestAt : at > bestAt)
            {
                best = g;
                bestAt = at;
            }
        }
        return best;
    }

    private static int LastIndexOfWord(string text, string word)
    {
        var found = -1;
        var at = 0;
        while ((at = IndexOfWord(text[at..], word) is var i && i >= 0 ? at + i : -1) >= 0)
        {
            found = at;
            at += word.Length;
            if (at >= text.Length)
            {
                break;
            }
        }
        return found;
    }
}
