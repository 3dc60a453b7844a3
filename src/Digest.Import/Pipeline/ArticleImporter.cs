using Digest.Import.Model;
using Digest.Core.Diagnostics;
using Digest.Import.Boilerplate;
using Digest.Import.Html;
using Digest.Import.People;
using Digest.Import.Tagging;
using Digest.Import.Text;

namespace Digest.Import.Pipeline;

/// <summary>Reads one source (text dump or saved HTML page) into an <see cref="ImportedArticle"/>. Stateless; safe to share.</summary>
public sealed class ArticleImporter(BoilerplateRules rules, Lexicon lexicon, Vocabulary vocabulary, TopicModel? topicModel = null)
{
    /// <summary>Larger inputs are not articles (and would only slow the run down).</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    private readonly ArticleAnalyzer _analyzer = new(lexicon, vocabulary, topicModel);

    public Vocabulary Vocabulary => vocabulary;

    /// <summary>The shipped rules, lexicon and default vocabulary.</summary>
    public static ArticleImporter CreateDefault() => new(BoilerplateRules.Default, Lexicon.Default, Vocabulary.Default);

    /// <summary>
    /// Rules and vocabulary for an input folder: <c>topics.yml</c>, and user extensions in
    /// <c>import/boilerplate.yml</c> and <c>import/lexicon.yml</c>, and the tagger's values in
    /// <c>import/topic-model.yml</c>, each used when present.
    /// </summary>
    public static ArticleImporter ForInput(string? inputDir, DiagnosticBag diagnostics)
    {
        var importDir = inputDir is null ? null : Path.Combine(inputDir, "import");
        var rules = importDir is null ? BoilerplateRules.Default : BoilerplateRules.Load(Path.Combine(importDir, "boilerplate.yml"), diagnostics);
        var lexicon = importDir is null ? Lexicon.Default : Lexicon.Load(Path.Combine(importDir, "lexicon.yml"), diagnostics);
        var topicModel = importDir is null ? TopicModel.Default : TopicModel.Load(Path.Combine(importDir, "topic-model.yml"), diagnostics);
        return new ArticleImporter(rules, lexicon, Vocabulary.Load(inputDir, diagnostics), topicModel);
    }

    public static bool IsHtmlPath(string path)
    {
        var ext = Path.GetExtension(path);
        return ext.Equals(".html", StringComparison.OrdinalIgnoreCase) || ext.Equals(".htm", StringComparison.OrdinalIgnoreCase);
    }

    public ImportAttempt ImportBytes(byte[] bytes, string path)
    {
        if (bytes.Length > MaxBytes)
        {
            return new ImportAttempt(null, $"file is {bytes.Length / (1024 * 1024)} MB; articles larger than {MaxBytes / (1024 * 1024)} MB are not imported", null);
        }
        var decoded = TextDecoder.Decode(bytes);
        if (!decoded.Ok)
        {
            return new ImportAttempt(null, decoded.Error, null);
        }
        var note = decoded.Encoding switch
        {
            "latin-1" => "not valid UTF-8; read as Latin-1",
            "utf-8-repaired" => "not valid UTF-8 in places; broken bytes shown as \uFFFD",
            _ => null,
        };
        var article = IsHtmlPath(path) || LooksLikeHtml(decoded.Text!) ? ImportHtml(decoded.Text!, null) : ImportText(decoded.Text!);
        return new ImportAttempt(article, null, note);
    }

    public ImportedArticle ImportText(string text) => _analyzer.Analyze(RawTextExtractor.Extract(TextDecoder.NormalizeNewlines(text), rules, lexicon));

    public ImportedArticle ImportHtml(string html, string? url) => _analyzer.Analyze(HtmlExtractor.Extract(html, url, rules, lexicon));

    private static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan(0, Math.Min(text.Length, 512)).TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
