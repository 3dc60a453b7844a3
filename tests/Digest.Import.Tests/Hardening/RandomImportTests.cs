using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Writing;

namespace Digest.Import.Tests.Hardening;

/// <summary>
/// Generated and mutated raw-article texts and pages go through the importer's analysis and the front matter writer:
/// whatever the input, the outcome is an article or a refusal, never an exception, and every article written parses
/// back without errors, carries no raw HTML in its body and gets a plain file name. DIGEST_FUZZ_SECONDS turns the
/// bounded run into a timed one (tests/fuzz/run.sh).
/// </summary>
public partial class RandomImportTests
{
    private static readonly ArticleImporter Importer = ArticleImporter.CreateDefault();

    private static readonly ArticleDate Today = new(2026, 1, 15, null, null);

    private static readonly string[] Fragments =
    [
        "\n", "\n\n", "\r\n", "\r", "\t", "  ", " date 2022-08 ", "25. Februar 2022", "20.04.2024 | 02:56 Uhr", "2022-13-45",
        "„", "“", "\"", "'", "«", "»", ", sagt ", "Erika Muster", ", Nordkorea-Experte der IBS", "der russische Militärexperte ",
        "Prof. ", "Dr. ", " von der Forschungsgruppe Asien der Stiftung Beispiel und Politik", "sagt Muster. ",
        "Weiterlesen nach der Anzeige", "Anzeige", "Aktuelle Entwicklungen im Liveticker", "- keystone", "(dpa) - ",
        "+++ Eilmeldung +++", "Ukraine", "Sanktionen", "Energie", "---", "---\n", "title: x", ": ", "# ", "## ", "- ", "* ", "1. ",
        "> ", "```", "|a|b|", "[x](javascript:alert(1))", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "<iframe src=data:text/html,x>", "</p>", "<p>", "<h1>", "<!--", "-->", "&lt;", "&amp;", "\\", "`", "*", "_", "[", "]",
        "{", "}", "!!str ", "&a ", "*a ", "%YAML", "\uFEFF", "\0", "\u0001", "\u202E", "\uFFFD", "🙂", "ä", "ß", "İ",
        "../../etc/passwd", "/", "C:\\", "Wort ", "Der Text erzählt etwas. ",
    ];

    private static readonly Gen<string> Mutated =
        Gen.Int[0, 60].SelectMany(n => Gen.OneOf(Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]), Gen.String[Gen.Char, 0, 10]).Array[n])
            .Select(parts => string.Concat(parts));

    /// <summary>Something like a raw article: a headline, maybe a date line, paragraphs; all of it possibly mutated.</summary>
    private static readonly Gen<string> RawArticles =
        Gen.Select(Mutated, Mutated, Mutated, Gen.Bool, (head, dateLine, body, marker) =>
            (marker ? " date 2022-08 \n" : "") + "Titel " + head + "\n\n" + dateLine + "\n\n" + body + "\n\nDer letzte Absatz endet hier mit einem Punkt.\n");

    private static readonly Gen<string> Pages =
        Gen.Select(Mutated, Mutated, Mutated, (meta, head, body) =>
            "<!doctype html><html><head><title>" + head + "</title><meta name=\"description\" content=\"" + meta + "\">" +
            "<script type=\"application/ld+json\">{\"headline\":\"" + head + "\",\"datePublished\":\"" + meta + "\"}</script></head>" +
            "<body><article><h1>" + head + "</h1><p>" + body + "</p><p>Der zweite Absatz erzählt etwas mehr über " + head + ".</p></article></body></html>");

    [GeneratedRegex(@"<[A-Za-z/!?]")]
    private static partial Regex RawTag();

    private static string? Time => Environment.GetEnvironmentVariable("DIGEST_FUZZ_SECONDS");

    private static void Check(Gen<string> gen, Action<string> action, long defaultIterations)
    {
        if (Time is { } s && int.TryParse(s, out var seconds) && seconds > 0)
        {
            gen.Sample(action, time: seconds);
        }
        else
        {
            gen.Sample(action, iter: defaultIterations, seed: null);
        }
    }

    /// <summary>Imports one source the way <c>digest import</c> does (bytes and a file name) and checks what would be written.</summary>
    private static void ImportAndCheck(string text, string name)
    {
        var attempt = Importer.ImportBytes(Encoding.UTF8.GetBytes(text), name);
        if (attempt.Article is not { } article)
        {
            Assert.False(string.IsNullOrWhiteSpace(attempt.Error), "no article and no reason");
            return;
        }
        var markdown = FrontMatterWriter.Write(article, "sources/" + name, Today);
        var bag = new DiagnosticBag();
        var parsed = ArticleParser.Parse(markdown, "input/articles/zufall.md", bag);
        Assert.True(parsed is not null && !bag.HasErrors, string.Join("\n", bag.Sorted()) + "\n--- markdown:\n" + markdown);
        Assert.False(RawTag().IsMatch(article.Body), "raw HTML in the body:\n" + article.Body);
        Assert.True(ImportHash.IsUntouched(markdown, out _), "the hash does not match the file just written");
        var stem = FileNamer.Stem(article.Date ?? Today, article.Title ?? FrontMatterWriter.PlaceholderTitle(article));
        Assert.Matches("^[0-9]{4}(-[0-9]{2}){0,2}-[a-z0-9-]+$", stem);
    }

    /// <summary>Inputs the harness found crashing or producing an unparseable article, kept as regression cases.</summary>
    [Theory]
    [InlineData("Gute Laune 🙂 heute\n\n25. Februar 2022\n\nDer erste Absatz endet hier.\n", "emoji.txt")]
    [InlineData("<html><head><title>Gute Laune 🙂</title></head><body><article><h1>Gute Laune 🙂</h1><p>Der erste Absatz endet hier mit einem Punkt.</p></article></body></html>", "emoji.html")]
    [InlineData(".\n", "punkt.txt")]
    [InlineData("Titel `/s\n\n.\n\nxIgoPU|a|b|\n\nDer letzte Absatz endet hier mit einem Punkt.\n", "punkt.txt")]
    public void Former_crashes_import_cleanly(string text, string name) => ImportAndCheck(text, name);

    [Fact]
    public void Random_raw_texts_import_to_parseable_articles()
    {
        Check(RawArticles, text => ImportAndCheck(text, "zufall.txt"), 400);
    }

    [Fact]
    public void Random_pages_import_to_parseable_articles()
    {
        Check(Pages, html => ImportAndCheck(html, "zufall.html"), 150);
    }

    [Fact]
    public void Random_strings_never_crash_the_importer()
    {
        Check(Gen.String[Gen.Char, 0, 400], text => ImportAndCheck(text, "zufall.txt"), 400);
    }
}
