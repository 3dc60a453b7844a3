using Digest.Import.Model;

namespace Digest.Import.People;

/// <summary>
/// Finds the people an article names and decides who is an expert: someone introduced with an expert-type
/// role (apposition "Name, Nordkorea-Experte der SWP", role before name "der Militärexperte Name",
/// "Prof. Name", "Dr. Name von der Forschungsgruppe … der SWP"), as opposed to officials, subjects and authors.
/// Later surname mentions ("sagt Muster") are merged into the full name.
/// Keeps per-article state: use one instance per article (or per thread).
/// </summary>
public sealed class PeopleExtractor
{
    private readonly Lexicon _lexicon;
    private readonly OrganisationReader _orgs;
    private readonly MentionScanner _scanner;
    private readonly ExpertGrouper _grouper;
    private readonly QuoteAttributor _quotes;
    private readonly ArticleSubjectFilter _subjects;

    public PeopleExtractor(Lexicon lexicon)
    {
        _lexicon = lexicon;
        var names = new NameReader(lexicon);
        _orgs = new OrganisationReader(lexicon, names);
        var roles = new RoleReader(lexicon, _orgs, new EnglishRoleField(lexicon, _orgs));
        var appositions = new AppositionReader(lexicon, names, roles, new EnglishAppositions(lexicon, names, roles));
        _scanner = new MentionScanner(
            lexicon, names, roles, _orgs, appositions, new ResearchAffiliations(lexicon, _orgs), new AffiliationAnaphora(lexicon, _orgs));
        _grouper = new ExpertGrouper(lexicon);
        _quotes = new QuoteAttributor(lexicon);
        _subjects = new ArticleSubjectFilter(lexicon);
    }

    /// <param name="paragraphs">The article's context lines and blocks, in order.</param>
    /// <param name="author">The byline: its names are neither experts nor people of the article.</param>
    /// <param name="title">The headline: an expert it names whose assessment the text never reports is its subject.</param>
    public PeopleResult Extract(IReadOnlyList<string> paragraphs, string? author, string? title = null)
    {
        var all = string.Join("\n", paragraphs);
        _orgs.ArticleText = all;
        var mentions = new List<Mention>();
        var offset = 0;
        foreach (var p in paragraphs)
        {
            _scanner.ScanParagraph(p, offset, mentions);
            offset += p.Length + 1;
        }
        KnownNames.AddKnownPeople(_lexicon, all, mentions);

        var excluded = KnownNames.AuthorNames(author);
        var experts = _grouper.GroupExperts(mentions, excluded);
        var people = PeopleCollector.CollectPeople(mentions, experts, excluded);
        var result = new List<ImportedExpert>();
        foreach (var e in experts)
        {
            result.Add(new ImportedExpert(e.Name, e.Role, e.Org, e.Quotes));
        }
        _quotes.AttachQuotes(paragraphs, experts, result);
        _subjects.Apply(title, paragraphs, result, people);
        return new PeopleResult(result, people);
    }
}
