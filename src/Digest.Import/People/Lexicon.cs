using Digest.Core.Diagnostics;
using Digest.Import.Data;

namespace Digest.Import.People;

/// <summary>The word lists of <c>Data/lexicon.yml</c> (plus a user file), prepared for fast lookups.</summary>
public sealed class Lexicon
{
    /// <summary>Words are looked up again and again; the cache stays bounded for huge inputs.</summary>
    private const int MaxCachedWords = 200_000;

    /// <summary>
    /// Each thread keeps its own cache: articles are analysed in parallel, and a plain dictionary (ordinal keys hash
    /// without randomisation) is looked up in half the time a concurrent one takes. It belongs to one lexicon at a time.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<string, RoleKind>? t_roleCache;

    [ThreadStatic]
    private static Lexicon? t_roleCacheOwner;

    private static readonly Lazy<Lexicon> Shipped = new(() => Load(null, new DiagnosticBag()));

    public static Lexicon Default => Shipped.Value;

    /// <summary>Role word endings, lowercase.</summary>
    public List<string> ExpertRoles { get; } = [];

    public List<string> ConditionalRoles { get; } = [];

    public List<string> OfficialRoles { get; } = [];

    /// <summary>Endings of lower-case English nouns that name a scholar or specialist ("glaciologist", "historian").</summary>
    public List<string> EnglishExpertEndings { get; } = [];

    /// <summary>Endings of lower-case English agent nouns that count only at a research organisation ("planner").</summary>
    public List<string> EnglishConditionalEndings { get; } = [];

    /// <summary>Words (and compound heads) that end like a role but name none ("politician", "Bürgerrechtler").</summary>
    public List<string> NotRoles { get; } = [];

    public HashSet<string> ReportingVerbs { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> Honorifics { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that attribute an assessment to the name beside them without a verb ("laut NAME").</summary>
    public HashSet<string> AttributionWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> OrgUnits { get; } = [];

    public List<string> ResearchKeywords { get; } = [];

    public List<Organisation> ResearchOrganisations { get; } = [];

    public List<Organisation> OfficialOrganisations { get; } = [];

    /// <summary>Known people: canonical name and the other forms that refer to them.</summary>
    public List<Organisation> KnownPeople { get; } = [];

    /// <summary>A reference, so that threads analysing articles in parallel see the pair whole.</summary>
    private Tuple<int, Text.SubstringSet>? _knownPeopleForms;

    /// <summary>
    /// Every name form of <see cref="KnownPeople"/>, person by person in order, to find which occur in an article in one
    /// pass. Built at first use, and again if people were added since.
    /// </summary>
    internal Text.SubstringSet KnownPeopleForms
    {
        get
        {
            if (_knownPeopleForms is { } known && known.Item1 == KnownPeople.Count)
            {
                return known.Item2;
            }
            var forms = new List<string>();
            foreach (var person in KnownPeople)
            {
                forms.AddRange(person.Names);
            }
            var set = new Text.SubstringSet(forms);
            _knownPeopleForms = Tuple.Create(KnownPeople.Count, set);
            return set;
        }
    }

    public HashSet<string> NameStopwords { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-case words inside a name ("von", "van", "de", "bin").</summary>
    public HashSet<string> NameParticles { get; } = new(StringComparer.Ordinal);

    /// <summary>Endings of words that name an organisation rather than a person ("…bank", "…institut").</summary>
    public List<string> OrganisationEndings { get; } = [];

    public HashSet<string> FirstNames { get; } = new(StringComparer.Ordinal);

    public static Lexicon Load(string? userFile, DiagnosticBag diagnostics)
    {
        var lexicon = new Lexicon();
        lexicon.Add(YamlLists.Read(EmbeddedData.Read("lexicon.yml"), "Data/lexicon.yml", diagnostics));
        if (userFile is not null && File.Exists(userFile))
        {
            lexicon.Add(YamlLists.Read(File.ReadAllText(userFile), userFile, diagnostics));
        }
        // Longest endings first, so "wissenschaftlerin" wins over "wissenschaftler".
        foreach (var list in (List<string>[])[lexicon.ExpertRoles, lexicon.ConditionalRoles, lexicon.OfficialRoles])
        {
            list.Sort(static (a, b) => b.Length.CompareTo(a.Length));
        }
        return lexicon;
    }

    private void Add(Dictionary<string, List<string>> lists)
    {
        foreach (var (key, values) in lists)
        {
            switch (key)
            {
                case "expert_roles": AddLower(ExpertRoles, values); break;
                case "conditional_roles": AddLower(ConditionalRoles, values); break;
                case "official_roles": AddLower(OfficialRoles, values); break;
                case "english_expert_endings": AddLower(EnglishExpertEndings, values); break;
                case "english_conditional_endings": AddLower(EnglishConditionalEndings, values); break;
                case "not_roles": AddLower(NotRoles, values); break;
                case "reporting_verbs": ReportingVerbs.UnionWith(values); break;
                case "honorifics": Honorifics.UnionWith(values); break;
                case "attribution_words": AttributionWords.UnionWith(values); break;
                case "org_units": AddLower(OrgUnits, values); break;
                case "research_keywords": AddLower(ResearchKeywords, values); break;
                case "research_organisations": AddEntities(ResearchOrganisations, values); break;
                case "official_organisations": AddEntities(OfficialOrganisations, values); break;
                case "known_people": AddEntities(KnownPeople, values); break;
                case "name_stopwords": NameStopwords.UnionWith(values); break;
                case "name_particles": NameParticles.UnionWith(values); break;
                case "organisation_endings": AddLower(OrganisationEndings, values); break;
                case "first_names": FirstNames.UnionWith(values); break;
            }
        }
    }

    private static void AddLower(List<string> target, List<string> values)
    {
        foreach (var v in values)
        {
            var lower = v.Trim().ToLowerInvariant();
            if (lower.Length > 0 && !target.Contains(lower))
            {
                target.Add(lower);
            }
        }
    }

    private static void AddEntities(List<Organisation> target, List<string> values)
    {
        foreach (var v in values)
        {
            var parts = v.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 0)
            {
                target.Add(new Organisation(parts[0], parts));
            }
        }
    }

    /// <summary>Which role list a word belongs to, by its ending (after the last hyphen too).</summary>
    public RoleKind RoleOf(string word)
    {
        if (word.Length < 2 || !char.IsLetter(word[0]))
        {
            return RoleKind.None;
        }
        var cache = t_roleCache;
        if (cache is null || !ReferenceEquals(t_roleCacheOwner, this))
        {
            t_roleCache = cache = new Dictionary<string, RoleKind>(StringComparer.Ordinal);
            t_roleCacheOwner = this;
        }
        if (cache.TryGetValue(word, out var cached))
        {
            return cached;
        }
        var kind = ComputeRole(word.ToLowerInvariant(), char.IsUpper(word[0]));
        if (cache.Count < MaxCachedWords)
        {
            cache.TryAdd(word, kind);
        }
        return kind;
    }

    private RoleKind ComputeRole(string lower, bool capitalised)
    {
        var kind = ComputeUninflectedRole(lower);
        if (kind != RoleKind.None || !capitalised)
        {
            return kind;
        }
        // German case endings ("des Klimaforschers", "dem Experten") keep the role's head underneath: try the word
        // without them. Only for capitalised words, as German nouns are: a lower-case plural ("analysts said")
        // speaks of unnamed people, not of the name before it.
        foreach (var ending in InflectionEndings)
        {
            if (lower.Length > ending.Length + 3 && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                kind = ComputeUninflectedRole(lower[..^ending.Length]);
                if (kind != RoleKind.None)
                {
                    return kind;
                }
            }
        }
        return RoleKind.None;
    }

    private static readonly string[] InflectionEndings = ["s", "n", "en", "es"];

    private RoleKind ComputeUninflectedRole(string lower)
    {
        if (EndsWithAny(lower, NotRoles))
        {
            return RoleKind.None;
        }
        if (EndsWithAny(lower, ExpertRoles))
        {
            return RoleKind.Expert;
        }
        if (EndsWithAny(lower, ConditionalRoles))
        {
            return RoleKind.Conditional;
        }
        return EndsWithAny(lower, OfficialRoles) ? RoleKind.Official : RoleKind.None;
    }

    private static bool EndsWithAny(string lower, List<string> endings)
    {
        foreach (var e in endings)
        {
            if (lower.EndsWith(e, StringComparison.Ordinal))
            {
                // The ending must be the whole word or a compound's head ("Militärexperte"), not
                // a different word that merely ends the same way; compounds are at least 3 letters longer.
                var rest = lower.Length - e.Length;
                if (rest == 0 || lower[rest - 1] == '-' || rest >= 3)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The role a lower-case English noun names by its form alone: "-ologist", "-ist", "-ian" a specialist, "-er" an
    /// agent who counts only at a research body. Callers ask only where an affiliation follows ("a glaciologist at …"),
    /// since the form alone also fits words like "tourist".
    /// </summary>
    public RoleKind EnglishRoleByForm(string word)
    {
        if (word.Length < 6 || !char.IsLower(word[0]) || word.Contains('-'))
        {
            return RoleKind.None;
        }
        var lower = word.ToLowerInvariant();
        if (EndsWithAny(lower, NotRoles))
        {
            return RoleKind.None;
        }
        if (EndsWithAny(lower, EnglishExpertEndings))
        {
            return RoleKind.Expert;
        }
        return EndsWithAny(lower, EnglishConditionalEndings) ? RoleKind.Conditional : RoleKind.None;
    }

    /// <summary>
    /// "Institutsdirektorin", "Forschungsleiter": a conditional role whose compound modifier names a research body is
    /// an expert role by itself.
    /// </summary>
    public bool HasResearchModifier(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var e in ConditionalRoles)
        {
            if (lower.Length > e.Length + 3 && lower.EndsWith(e, StringComparison.Ordinal))
            {
                return IsResearchOrg(lower[..^e.Length]);
            }
        }
        return false;
    }

    public bool IsResearchOrg(string org)
    {
        if (org.Length == 0)
        {
            return false;
        }
        foreach (var o in ResearchOrganisations)
        {
            foreach (var alias in o.Names)
            {
                if (ContainsWord(org, alias))
                {
                    return true;
                }
            }
        }
        var lower = org.ToLowerInvariant();
        foreach (var k in ResearchKeywords)
        {
            if (lower.Contains(k, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The gazetteer's canonical name for an organisation mentioned in <paramref name="text"/>, if any.</summary>
    public string? CanonicalOrg(string text)
    {
        foreach (var list in (List<Organisation>[])[ResearchOrganisations, OfficialOrganisations])
        {
            foreach (var o in list)
            {
                foreach (var alias in o.Names)
                {
                    if (ContainsWord(text, alias))
                    {
                        return o.Name;
                    }
                }
            }
        }
        return null;
    }

    /// <summary>Case-sensitive whole-word containment (acronyms like "SWP" must not match inside words).</summary>
    public static bool ContainsWord(string text, string word)
    {
        var at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + word.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return true;
            }
            at = end;
        }
        return false;
    }
}
