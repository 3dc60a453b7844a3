using System.Text.RegularExpressions;
using Digest.Core.Text;
using Digest.Import.Text;

namespace Digest.Import.Boilerplate;

/// <summary>
/// Classifies the blocks of a text dump that the phrase rules kept as article text or page debris, with the scored
/// rule set of <see cref="BlockModel"/>: sentence-likeness, shape, position relative to the headline and the running
/// text, repetition, known debris families and the neighbours' class. Every verdict can be explained by its features.
/// </summary>
internal static partial class BlockClassifier
{
    /// <summary>Running text: a sentence of at least this many words anchors the content.</summary>
    private const int ContentWords = 12;

    [GeneratedRegex(@"^(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:Uhr|min|Min\.?))?|(?:vor|seit)\s\d+\s(?:Sekunden|Minuten|Stunden|Tagen)|\d+\s?(?:min|Min\.?|Minuten|minutes?)\s(?:read|Lesezeit|lesen)|\d+\s(?:Kommentare?|comments?|Bilder|Fotos|photos|Videos?|Antworten|replies|shares|Likes?)|(?:Dauer|Duration|Video)\s?:?\s\d{1,2}:\d{2}(?::\d{2})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOrCount();

    [GeneratedRegex(@"^(?:\d{6,}\b.*|[\p{Ll}\d][\p{Ll}\d_-]*(?:\s[\p{Ll}\d][\p{Ll}\d_-]*){1,5}|\S+\.(?:jpe?g|png|webp|gif))$")]
    private static partial Regex FileLabel();

    [GeneratedRegex(@"\p{Ll}{4}\p{Lu}\p{Ll}{3}")]
    private static partial Regex GluedWords();

    [GeneratedRegex(@"\s[|»›·/–-]\s|\s[|»›·]|^[|»›·]")]
    private static partial Regex Separator();

    /// <summary>What the classifier made of one block.</summary>
    public readonly record struct Verdict(bool Debris, double Score, IReadOnlyList<string> Features);

    /// <summary>
    /// Marks debris among <paramref name="units"/> as removed (adding its text to <paramref name="removed"/>). <paramref name="headline"/>
    /// is the index of the headline unit, or -1; units above it are page furniture unless they were taken (kicker, byline).
    /// </summary>
    internal static void Apply(List<TextUnit> units, int headline, BlockModel model, BoilerplateRules rules, List<string> removed)
    {
        var verdicts = Classify(units, headline, model, rules);
        for (var i = 0; i < units.Count; i++)
        {
            if (!units[i].Removed && i != headline && verdicts[i].Debris)
            {
                units[i].Removed = true;
                removed.Add(units[i].Text);
            }
        }
    }

    /// <summary>The verdict on every unit (removed units and the headline count as debris for their neighbours, and are not scored).</summary>
    internal static Verdict[] Classify(List<TextUnit> units, int headline, BlockModel model, BoilerplateRules rules)
    {
        var n = units.Count;
        var shapes = new BlockShape[n];
        var folded = new string[n];
        for (var i = 0; i < n; i++)
        {
            shapes[i] = BlockShape.Of(units[i].Text);
            folded[i] = SearchFolding.Fold(units[i].Text);
        }
        var (firstContent, lastContent) = ContentSpan(units, shapes, headline, rules, ContentWords);
        if (firstContent < 0)
        {
            // A short text: its sentences are its running text.
            (firstContent, lastContent) = ContentSpan(units, shapes, headline, rules, 4);
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in folded)
        {
            counts[f] = counts.GetValueOrDefault(f) + 1;
        }
        var headlineText = headline >= 0 ? folded[headline] : null;
        var verdicts = new Verdict[n];
        var debris = new bool[n];
        // Every feature but the neighbours' class is the same in both passes: compute those once. The score adds the
        // weights in the features' order, so the second pass starts from the first pass's sum.
        var baseFeatures = new List<string>?[n];
        var baseScores = new double[n];
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < n; i++)
            {
                if (units[i].Removed || i == headline)
                {
                    debris[i] = units[i].Removed;
                    continue;
                }
                if (baseFeatures[i] is not { } features)
                {
                    features = BaseFeatures(units, shapes, folded, counts, i, headline, headlineText, firstContent, lastContent, rules);
                    var sum = model.Bias;
                    foreach (var f in features)
                    {
                        sum += model.Weight(f);
                    }
                    baseFeatures[i] = features;
                    baseScores[i] = sum;
                }
                var score = baseScores[i];
                if (pass == 1 && Neighbour(debris, i, -1) && Neighbour(debris, i, 1))
                {
                    features = [.. features, "neighbours"];
                    score += model.Weight("neighbours");
                }
                verdicts[i] = new Verdict(score >= model.Threshold, score, features);
            }
            for (var i = 0; i < n; i++)
            {
                if (!units[i].Removed && i != headline)
                {
                    debris[i] = verdicts[i].Debris;
                }
            }
        }
        return verdicts;
    }

    /// <summary>The features of unit <paramref name="i"/> that do not depend on its neighbours' verdicts, in the model's order.</summary>
    private static List<string> BaseFeatures(List<TextUnit> units, BlockShape[] shapes, string[] folded, Dictionary<string, int> counts, int i, int headline, string? headlineText, int firstContent, int lastContent, BoilerplateRules rules)
    {
        var features = new List<string>();
        var s = shapes[i];
        var text = units[i].Text;
        Add(features, "sentence", s.IsSentence);
        Add(features, "long", s.Words >= 25);
        Add(features, "no_function_words", s.FunctionWords == 0);
        Add(features, "short", s.Words <= 3 && !s.SentenceEnd);
        Add(features, "title_case", s.IsTitleCase);
        Add(features, "all_caps", s.IsAllCaps && s.Words <= 6);
        Add(features, "separators", s.Words <= 12 && Separator().IsMatch(text));
        Add(features, "time_or_count", text.Length <= 60 && TimeOrCount().IsMatch(text));
        Add(features, "file_label", text.Length <= 80 && !s.SentenceEnd && FileLabel().IsMatch(text));
        Add(features, "glued_words", GluedWords().IsMatch(text));
        Add(features, "agency_credit", s.Words <= 6 && !s.IsSentence && NamesAgency(text, rules));
        var family = rules.NamesDebrisFamily(text);
        Add(features, "reader_family", family && s.AddressesReader);
        Add(features, "family", family && s.Words <= 12);
        Add(features, "before_headline", headline >= 0 && i < headline);
        Add(features, "before_lead", i > headline && firstContent >= 0 && i < firstContent);
        Add(features, "after_content", lastContent >= 0 && i > lastContent);
        Add(features, "between_content", firstContent >= 0 && i > firstContent && i < lastContent);
        Add(features, "repeated", IsRepeated(folded, counts, i, s.Words));
        Add(features, "headline_repeat", headlineText is { Length: > 0 } h && folded[i].Length > h.Length && folded[i].Contains(h, StringComparison.Ordinal));
        return features;
    }

    /// <summary>
    /// The first and last block of running text: sentences of at least <paramref name="minWords"/> words; one that talks to
    /// the reader about logins or subscriptions does not count.
    /// </summary>
    private static (int First, int Last) ContentSpan(List<TextUnit> units, BlockShape[] shapes, int headline, BoilerplateRules rules, int minWords)
    {
        int first = -1, last = -1;
        for (var i = headline + 1; i < units.Count; i++)
        {
            var s = shapes[i];
            if (!units[i].Removed && s.Words >= minWords && s.FunctionWords >= 1 && s.SentenceEnd && !(s.AddressesReader && rules.NamesDebrisFamily(units[i].Text)))
            {
                if (first < 0)
                {
                    first = i;
                }
                last = i;
            }
        }
        return (first, last);
    }

    private static void Add(List<string> features, string name, bool present)
    {
        if (present)
        {
            features.Add(name);
        }
    }

    /// <summary>The nearest unit in <paramref name="step"/> direction is debris (the edge of the page counts as debris).</summary>
    private static bool Neighbour(bool[] debris, int i, int step)
    {
        var j = i + step;
        return j < 0 || j >= debris.Length || debris[j];
    }

    /// <summary>How far apart a caption and its copy with credit may be.</summary>
    private const int RepeatWindow = 3;

    /// <summary>
    /// The same text elsewhere on the page (<paramref name="counts"/>), or this text inside a nearby block (a caption printed
    /// twice, once with its credit). Only near blocks are compared, so long pages stay linear.
    /// </summary>
    private static bool IsRepeated(string[] folded, Dictionary<string, int> counts, int i, int words)
    {
        if (words < 3)
        {
            return false;
        }
        if (counts[folded[i]] > 1)
        {
            return true;
        }
        for (var j = Math.Max(0, i - RepeatWindow); j < folded.Length && j <= i + RepeatWindow; j++)
        {
            if (j != i && folded[j].Length > folded[i].Length && folded[j].Contains(folded[i], StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NamesAgency(string text, BoilerplateRules rules)
    {
        foreach (var c in rules.Credits)
        {
            var at = text.IndexOf(c, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                var end = at + c.Length;
                var startOk = at == 0 || !char.IsLetter(text[at - 1]);
                var endOk = end == text.Length || !char.IsLetter(text[end]);
                if (startOk && endOk)
                {
                    return true;
                }
                at = text.IndexOf(c, end, StringComparison.OrdinalIgnoreCase);
            }
        }
        return false;
    }
}
