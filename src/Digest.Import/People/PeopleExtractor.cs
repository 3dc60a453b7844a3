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
/// Later surname mentions ("sagt Muster") are merged into the full name.
/// Keeps per-article state: use one instance per article (or per thread).
/// </summary>
public sealed partial class PeopleExtractor(Lexicon lexicon)
{
    private const int MaxNameTokens = 4;
    private const int QuoteWindow = 160;

    /// <summary>How many tokens an organisation between a role and the name may take ("vom Center for … in Washington, Name").</summary>
    private const int MaxOrgBeforeName = 14;

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
}
