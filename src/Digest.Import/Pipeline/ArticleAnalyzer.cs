using Digest.Import.Model;
using Digest.Import.Language;
using Digest.Import.People;
using Digest.Import.Tagging;
using Digest.Import.Text;
using Digest.Import.Writing;

namespace Digest.Import.Pipeline;

/// <summary>Turns an extracted document into an article: language, people and experts, topics, summary, Markdown body. Thread-safe.</summary>
internal sealed class ArticleAnalyzer(Lexicon lexicon, Vocabulary vocabulary, TopicModel? topicModel = null)
{
    private const int SummaryLength = 300;

    private readonly TopicTagger _tagger = new(vocabulary, topicModel, [.. lexicon.ExpertRoles, .. lexicon.ConditionalRoles, .. lexicon.OfficialRoles]);

    public ImportedArticle Analyze(ExtractedDocument doc)
    {
        var paragraphs = new List<string>(doc.Context);
        string? lead = null;
        foreach (var b in doc.Blocks)
        {
            paragraphs.Add(b.Text);
            if (lead is null && b.Kind == BlockKind.Paragraph)
            {
                lead = b.Text;
            }
        }
        var allText = string.Join("\n", paragraphs);
        var lang = doc.DeclaredLang is "de" or "en" ? doc.DeclaredLang : LanguageDetector.Detect((doc.Title ?? string.Empty) + "\n" + allText);
        // One extractor per article: it keeps per-article state, and articles are analysed in parallel.
        var people = new PeopleExtractor(lexicon).Extract(paragraphs, doc.Author, doc.Title);

        var parts = new List<(string, TopicPart)>();
        if (doc.Title is not null)
        {
            parts.Add((doc.Title, TopicPart.Title));
        }
        foreach (var c in doc.Context)
        {
            parts.Add((c, TopicPart.Kicker));
        }
        var first = true;
        foreach (var b in doc.Blocks)
        {
            parts.Add((b.Text, b.Kind == BlockKind.Heading ? TopicPart.Heading : first && b.Kind == BlockKind.Paragraph ? TopicPart.Lead : TopicPart.Body));
            first &= b.Kind != BlockKind.Paragraph;
        }
        var choices = _tagger.Weigh(parts);
        var topics = new List<string>();
        foreach (var c in choices)
        {
            if (c.Given)
            {
                topics.Add(c.Slug);
            }
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(doc.Title))
        {
            missing.Add("title");
        }
        if (doc.Date is null)
        {
            missing.Add("date");
        }
        var summary = doc.Summary ?? lead;
        return new ImportedArticle
        {
            Title = string.IsNullOrWhiteSpace(doc.Title) ? null : doc.Title.Trim(),
            Date = doc.Date,
            Topics = topics,
            TopicChoices = choices,
            Experts = people.Experts,
            People = people.People,
            Author = doc.Author,
            Summary = summary is null ? null : TextTools.Shorten(summary, SummaryLength),
            Source = doc.Source ?? SourceGuesser.Guess(doc.Removed, allText),
            SourceUrl = doc.SourceUrl,
            Lang = lang,
            ImageSrc = doc.ImageSrc,
            ImageCaption = doc.ImageCaption,
            ImageCredit = doc.ImageCredit,
            Body = MarkdownBody.Render(doc.Blocks),
            Missing = missing,
            NoTextKept = doc.Blocks.Count == 0 && doc.Removed.Count > 0,
        };
    }
}
