using System.Text;
using Digest.Core.Diagnostics;
using Digest.Core.Text;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Tagging;

namespace Digest.Import.Evaluation;

/// <summary>Imports every <c>NAME.txt</c> in a folder and compares it with <c>NAME.yml</c>.</summary>
public static class ImportEvaluator
{
    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal) { "und", "and", "der", "die", "das", "des", "dem", "den", "an", "at", "of", "von", "bei", "beim", "the", "a", "eine", "ein" };

    /// <summary>Runs the evaluation on one folder; gold files that cannot be read are reported in <paramref name="diagnostics"/>.</summary>
    public static EvalReport Run(string folder, ArticleImporter importer, DiagnosticBag diagnostics) => Run([folder], importer, diagnostics);

    /// <summary>
    /// Runs the evaluation on every <c>NAME.txt</c>, <c>NAME.html</c> or <c>NAME.htm</c> with a <c>NAME.yml</c> beside it, in each folder;
    /// with several folders an article is named <c>FOLDER/NAME</c>.
    /// </summary>
    public static EvalReport Run(IReadOnlyList<string> folders, ArticleImporter importer, DiagnosticBag diagnostics)
    {
        var scores = new List<ArticleScore>();
        foreach (var folder in folders)
        {
            var prefix = folders.Count > 1 ? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))) + "/" : string.Empty;
            var files = new List<string>();
            foreach (var file in Directory.GetFiles(folder))
            {
                var ext = Path.GetExtension(file);
                if (ext.Equals(".txt", StringComparison.OrdinalIgnoreCase) || ArticleImporter.IsHtmlPath(file))
                {
                    files.Add(file);
                }
            }
            files.Sort(StringComparer.Ordinal);
            foreach (var source in files)
            {
                var yml = Path.ChangeExtension(source, ".yml");
                if (!File.Exists(yml))
                {
                    continue;
                }
                var gold = GoldReader.Read(File.ReadAllText(yml), yml, diagnostics);
                if (gold is null)
                {
                    continue;
                }
                var attempt = importer.ImportBytes(File.ReadAllBytes(source), source);
                var name = prefix + Path.GetFileNameWithoutExtension(source);
                scores.Add(attempt.Article is null
                    ? new ArticleScore { Name = name, Error = attempt.Error }
                    : Score(name, attempt.Article, gold, importer.Vocabulary));
            }
        }
        return new EvalReport(scores);
    }

    public static ArticleScore Score(string name, ImportedArticle article, GoldAnnotation gold, Vocabulary vocabulary)
    {
        var s = new ArticleScore { Name = name };
        s.TitleGot = article.Title ?? "(none: draft)";
        s.TitleOk = gold.Title.Length == 0
            ? article.Title is null && article.Missing.Contains("title")
            : article.Title is not null && Normalize(article.Title) == Normalize(gold.Title);
        s.DateGot = article.Date?.ToIso() ?? "none: draft";
        s.DateOk = gold.Date.Length == 0
            ? article.Date is null && article.Missing.Contains("date")
            : article.Date?.ToIso() == gold.Date.Trim();

        s.ExpertsGold = gold.Experts.Count;
        s.ExpertsPredicted = article.Experts.Count;
        var used = new bool[article.Experts.Count];
        foreach (var g in gold.Experts)
        {
            var match = -1;
            for (var i = 0; i < article.Experts.Count; i++)
            {
                if (!used[i] && NameKey(article.Experts[i].Name) == NameKey(g.Name))
                {
                    match = i;
                    break;
                }
            }
            if (match < 0)
            {
                s.ExpertsMissed.Add(g.Name);
                continue;
            }
            used[match] = true;
            s.ExpertsMatched++;
            var e = article.Experts[match];
            if (Agree(e.Role, g.Role))
            {
                s.RolesAgreeing++;
            }
            if (Agree(e.Org, g.Org))
            {
                s.OrgsAgreeing++;
            }
        }
        for (var i = 0; i < used.Length; i++)
        {
            if (!used[i])
            {
                s.ExpertsSpurious.Add(article.Experts[i].Name);
            }
        }

        ScorePeople(s, article, gold);
        ScoreCaption(s, article, gold);

        ScoreTopics(s, article, gold, vocabulary);

        var body = article.Body;
        var flatBody = Normalize(Unescape(body));
        foreach (var b in gold.Boilerplate)
        {
            var leaked = b.Contains('\n') ? body.Replace('\u00A0', ' ').Contains(b.Replace('\u00A0', ' '), StringComparison.Ordinal) : flatBody.Contains(Normalize(b), StringComparison.Ordinal);
            if (leaked)
            {
                s.Leaks.Add(b);
            }
        }
        s.KeepsTotal = gold.Keep.Count;
        foreach (var k in gold.Keep)
        {
            if (!flatBody.Contains(Normalize(k), StringComparison.Ordinal))
            {
                s.KeepsMissing.Add(k);
            }
        }
        return s;
    }

    /// <summary>
    /// Gold labels are plain editor labels ("Gaspreise", "recession"); each stands for the vocabulary topic it names as a
    /// slug, label or alias, else for the topic the tagger finds in the label read as a headline ("Energiepolitik" by a
    /// stem, "US economy" by "economy"). A label no topic stands for counts as missed and is listed as outside the vocabulary.
    /// </summary>
    private static void ScoreTopics(ArticleScore s, ImportedArticle article, GoldAnnotation gold, Vocabulary vocabulary)
    {
        var goldTopics = new List<string>();
        TopicTagger? tagger = null;
        foreach (var label in gold.Topics)
        {
            var slug = vocabulary.Resolve(label);
            if (slug is null)
            {
                tagger ??= new TopicTagger(vocabulary);
                var named = tagger.Weigh([(label, TopicPart.Title)]);
                slug = named.Count > 0 ? named[0].Slug : null;
            }
            if (slug is null)
            {
                s.TopicsOutsideVocabulary.Add(label);
            }
            var key = slug ?? "?" + label;
            if (!goldTopics.Contains(key))
            {
                goldTopics.Add(key);
            }
        }
        s.TopicsGold = goldTopics.Count;
        s.TopicsPredicted = article.Topics.Count;
        foreach (var t in article.Topics)
        {
            if (goldTopics.Contains(t))
            {
                s.TopicsMatched++;
            }
            else
            {
                s.TopicsSpurious.Add(Explain(t, article));
            }
        }
        foreach (var g in goldTopics)
        {
            if (!g.StartsWith('?') && !article.Topics.Contains(g))
            {
                s.TopicsMissed.Add(Explain(g, article));
            }
        }
    }

    /// <summary>A slug with the tagger's score and evidence for it: "klima (1.5: klimaforschers)".</summary>
    private static string Explain(string slug, ImportedArticle article)
    {
        foreach (var c in article.TopicChoices)
        {
            if (c.Slug == slug)
            {
                return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{slug} ({c.Score:0.##}: {string.Join(", ", c.Evidence)})");
            }
        }
        return slug;
    }

    /// <summary>Other named people, matched by name as experts are; a gold expert listed as a person counts as neither right nor wrong here.</summary>
    private static void ScorePeople(ArticleScore s, ImportedArticle article, GoldAnnotation gold)
    {
        var goldKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in gold.People)
        {
            goldKeys.Add(NameKey(p));
        }
        var expertKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in gold.Experts)
        {
            expertKeys.Add(NameKey(e.Name));
        }
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in article.People)
        {
            var key = NameKey(p);
            if (expertKeys.Contains(key) || !found.Add(key))
            {
                continue;
            }
            s.PeoplePredicted++;
            if (goldKeys.Contains(key))
            {
                s.PeopleMatched++;
            }
            else
            {
                s.PeopleSpurious.Add(p);
            }
        }
        s.PeopleGold = goldKeys.Count;
        foreach (var p in gold.People)
        {
            if (!found.Contains(NameKey(p)))
            {
                s.PeopleMissed.Add(p);
            }
        }
    }

    /// <summary>
    /// The gold files list the lead caption among the debris (a text dump has no picture); the import should have moved a
    /// caption to <c>image.caption</c>, and it counts as right when it overlaps one of those debris strings.
    /// </summary>
    private static void ScoreCaption(ArticleScore s, ImportedArticle article, GoldAnnotation gold)
    {
        if (article.ImageCaption is not { Length: > 0 } caption)
        {
            return;
        }
        s.CaptionGot = caption;
        var flat = Normalize(caption);
        var credit = Normalize(article.ImageCredit ?? string.Empty);
        foreach (var b in gold.Boilerplate)
        {
            var g = Normalize(b);
            // The gold string may be the caption, a part of it, its tail with the credit, or the credit line alone.
            var head = g.Length > 20 ? g[..20] : g;
            if (g.Length >= 12 && (flat.Contains(g, StringComparison.Ordinal) || g.Contains(flat, StringComparison.Ordinal) || flat.Contains(head, StringComparison.Ordinal))
                || credit.Length >= 4 && g.Contains(credit, StringComparison.Ordinal))
            {
                s.CaptionInGold = true;
                return;
            }
        }
    }

    /// <summary>White space collapsed, no-break spaces as spaces.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u00A0')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>Markdown escapes removed, so kept sentences compare with the text as written.</summary>
    private static string Unescape(string markdown)
    {
        var sb = new StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\\' && i + 1 < markdown.Length && char.IsPunctuation(markdown[i + 1]) || markdown[i] == '\\' && i + 1 < markdown.Length && char.IsSymbol(markdown[i + 1]))
            {
                continue;
            }
            sb.Append(markdown[i]);
        }
        return sb.ToString().Replace("&lt;", "<", StringComparison.Ordinal);
    }

    private static string NameKey(string name) => SearchFolding.Fold(Normalize(name.Replace('-', ' ')));

    /// <summary>Lenient agreement of role or org texts: equal, or the content words of one contain the other's.</summary>
    private static bool Agree(string? got, string gold)
    {
        var a = ContentWords(got ?? string.Empty);
        var b = ContentWords(gold);
        if (a.Count == 0 || b.Count == 0)
        {
            return a.Count == b.Count;
        }
        return a.IsSubsetOf(b) || b.IsSubsetOf(a) || Overlap(a, b) * 2 >= Math.Max(a.Count, b.Count);
    }

    private static int Overlap(HashSet<string> a, HashSet<string> b)
    {
        var n = 0;
        foreach (var x in a)
        {
            if (b.Contains(x))
            {
                n++;
            }
        }
        return n;
    }

    private static HashSet<string> ContentWords(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in SearchFolding.Words(text))
        {
            if (!FillerWords.Contains(w))
            {
                // Inflection ("russischer"/"russische", "österreichisches"/"österreichischen") should not count as disagreement.
                set.Add(w.Length > 6 ? w[..6] : w);
            }
        }
        return set;
    }
}
