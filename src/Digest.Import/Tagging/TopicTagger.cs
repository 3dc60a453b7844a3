using Digest.Core.Text;

namespace Digest.Import.Tagging;

/// <summary>
/// Scores vocabulary topics by the words that name them (<see cref="TopicMatcher"/>), weighted by where they stand
/// (headline and lead above the body) and how they matched, and gives the strongest: at least the minimum evidence,
/// never more than the cap, most central first. Weights and thresholds are data (<see cref="TopicModel"/>).
/// </summary>
internal sealed class TopicTagger(Vocabulary vocabulary, TopicModel? model = null, IEnumerable<string>? roleHeads = null)
{
    /// <summary>Words kept as evidence per topic: enough to say why, short enough to print.</summary>
    private const int EvidenceWords = 6;

    private readonly TopicMatcher _matcher = new(vocabulary, roleHeads);
    private readonly TopicModel _model = model ?? TopicModel.Default;

    public TopicModel Model => _model;

    /// <summary>Slugs for an article, most central first.</summary>
    public List<string> Tag(IEnumerable<(string Text, TopicPart Part)> parts)
    {
        var result = new List<string>();
        foreach (var c in Weigh(parts))
        {
            if (c.Given)
            {
                result.Add(c.Slug);
            }
        }
        return result;
    }

    /// <summary>
    /// Every topic that some word named, strongest first (ties: the one named earlier, then by slug), each marked
    /// whether it is given.
    /// </summary>
    public List<TopicChoice> Weigh(IEnumerable<(string Text, TopicPart Part)> parts)
    {
        var count = vocabulary.Topics.Count;
        var scores = new double[count];
        var first = new int[count];
        var inBlock = new int[count];
        var evidence = new List<string>?[count];
        Array.Fill(first, int.MaxValue);
        var touched = new List<int>();
        var position = 0;
        foreach (var (text, part) in parts)
        {
            var weight = _model.Weight(part);
            var words = SearchFolding.Words(text);
            for (var i = 0; i < words.Count; i++)
            {
                if (!_matcher.TryMatch(words, i, out var topic, out var kind, out var length))
                {
                    continue;
                }
                var repeat = inBlock[topic]++ == 0 ? 1 : _model.RepeatInBlock;
                if (inBlock[topic] == 1)
                {
                    touched.Add(topic);
                }
                scores[topic] += weight * Factor(kind) * repeat;
                first[topic] = Math.Min(first[topic], position + i);
                var list = evidence[topic] ??= [];
                var phrase = length == 1 ? words[i] : string.Join(' ', words.GetRange(i, length));
                if (list.Count < EvidenceWords && !list.Contains(phrase))
                {
                    list.Add(phrase);
                }
                i += length - 1;
            }
            foreach (var t in touched)
            {
                inBlock[t] = 0;
            }
            touched.Clear();
            position += words.Count;
        }
        return Choose(scores, first, evidence);
    }

    private List<TopicChoice> Choose(double[] scores, int[] first, List<string>?[] evidence)
    {
        var order = new List<int>();
        for (var t = 0; t < scores.Length; t++)
        {
            if (scores[t] > 0)
            {
                order.Add(t);
            }
        }
        order.Sort((a, b) => scores[b] != scores[a] ? scores[b].CompareTo(scores[a])
            : first[a] != first[b] ? first[a].CompareTo(first[b])
            : string.CompareOrdinal(vocabulary.Topics[a].Slug, vocabulary.Topics[b].Slug));
        var result = new List<TopicChoice>(order.Count);
        var top = order.Count > 0 ? scores[order[0]] : 0;
        var given = 0;
        var stopped = false;
        foreach (var t in order)
        {
            // Once a topic falls short, weaker ones do too: the given topics are always the strongest.
            var ok = !stopped && given < _model.MaxTopics && scores[t] >= _model.MinEvidence
                && (given < _model.MinTopics || scores[t] >= _model.MinScore && scores[t] >= top * _model.MinShare);
            if (ok)
            {
                given++;
            }
            else
            {
                stopped = true;
            }
            result.Add(new TopicChoice(vocabulary.Topics[t].Slug, scores[t], (IReadOnlyList<string>?)evidence[t] ?? [], ok));
        }
        return result;
    }

    private double Factor(TopicMatchKind kind) => kind switch
    {
        TopicMatchKind.Alias => _model.AliasFactor,
        TopicMatchKind.Stem => _model.StemFactor,
        TopicMatchKind.RoleWord => _model.RoleWordFactor,
        _ => _model.CompoundHeadFactor,
    };
}
