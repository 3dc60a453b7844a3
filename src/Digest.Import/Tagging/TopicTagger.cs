using Digest.Core.Text;

namespace Digest.Import.Tagging;

/// <summary>
/// Scores vocabulary topics by how often and where (headline, lead, body) their aliases occur,
/// allowing German inflection endings ("Sanktionen" for "Sanktion"), and picks 2–6, most central first.
/// </summary>
public sealed class TopicTagger
{
    public const int MaxTopics = 6;
    public const int MinTopics = 2;

    private static readonly string[] Endings = ["s", "n", "en", "es", "e", "er", "ern", "ns", "em"];

    /// <summary>Shorter compound heads ("Gas", "Iran") would match too many unrelated words.</summary>
    private const int MinHeadLength = 5;

    private readonly Vocabulary _vocabulary;
    private readonly Dictionary<string, int> _singleWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, int Topic)>>.AlternateLookup<ReadOnlySpan<char>> _indexBySpan;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _singleBySpan;
    private readonly Dictionary<string, List<(string[] Words, int Topic)>> _index = new(StringComparer.Ordinal);

    public TopicTagger(Vocabulary vocabulary)
    {
        _indexBySpan = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        _singleBySpan = _singleWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _vocabulary = vocabulary;
        for (var t = 0; t < vocabulary.Topics.Count; t++)
        {
            var topic = vocabulary.Topics[t];
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in topic.Aliases.Append(topic.Label))
            {
                var words = SearchFolding.Words(name);
                if (words.Count == 0 || !names.Add(string.Join(' ', words)))
                {
                    continue;
                }
                if (!_index.TryGetValue(words[0], out var list))
                {
                    _index[words[0]] = list = [];
                }
                list.Add((words.ToArray(), t));
                if (words.Count == 1 && words[0].Length >= MinHeadLength)
                {
                    _singleWord.TryAdd(words[0], t);
                }
            }
        }
    }

    /// <summary>Slugs for an article; <paramref name="parts"/> are (text, weight) pairs such as (headline, 3).</summary>
    public List<string> Tag(IEnumerable<(string Text, double Weight)> parts)
    {
        var scores = new double[_vocabulary.Topics.Count];
        var first = new int[_vocabulary.Topics.Count];
        Array.Fill(first, int.MaxValue);
        var position = 0;
        foreach (var (text, weight) in parts)
        {
            var words = SearchFolding.Words(text);
            for (var i = 0; i < words.Count; i++)
            {
                var matched = Match(words, i, scores, first, weight, position + i);
                if (!matched)
                {
                    foreach (var ending in Endings)
                    {
                        var w = words[i];
                        if (w.Length > ending.Length + 3 && w.EndsWith(ending, StringComparison.Ordinal)
                            && _indexBySpan.ContainsKey(w.AsSpan(0, w.Length - ending.Length))
                            && Match(words, i, scores, first, weight, position + i, w[..^ending.Length]))
                        {
                            matched = true;
                            break;
                        }
                    }
                }
                if (!matched)
                {
                    MatchCompoundHead(words[i], scores, first, weight / 2, position + i);
                }
            }
            position += words.Count;
        }
        var order = new List<int>();
        for (var t = 0; t < scores.Length; t++)
        {
            if (scores[t] > 0)
            {
                order.Add(t);
            }
        }
        order.Sort((a, b) => scores[b] != scores[a] ? scores[b].CompareTo(scores[a]) : first[a].CompareTo(first[b]));
        var result = new List<string>();
        if (order.Count == 0)
        {
            return result;
        }
        var top = scores[order[0]];
        foreach (var t in order)
        {
            if (result.Count >= MaxTopics)
            {
                break;
            }
            // Weak mentions are noise, but an article still gets at least two topics when it has them.
            if (result.Count >= MinTopics && (scores[t] < 3 || scores[t] < top * 0.12))
            {
                break;
            }
            result.Add(_vocabulary.Topics[t].Slug);
        }
        return result;
    }

    /// <summary>German compounds name their topic at the end: "Einzelhandel" is about Handel, "Parlamentswahlen" about Wahlen.</summary>
    private void MatchCompoundHead(string word, double[] scores, int[] first, double weight, int position)
    {
        for (var cut = 3; word.Length - cut >= MinHeadLength; cut++)
        {
            if (_singleBySpan.TryGetValue(word.AsSpan(cut), out var topic))
            {
                scores[topic] += weight;
                first[topic] = Math.Min(first[topic], position);
                return;
            }
        }
    }

    private bool Match(List<string> words, int i, double[] scores, int[] first, double weight, int position, string? firstWord = null)
    {
        if (!_index.TryGetValue(firstWord ?? words[i], out var candidates))
        {
            return false;
        }
        var best = -1;
        var bestLength = 0;
        foreach (var (aliasWords, topic) in candidates)
        {
            if (aliasWords.Length <= bestLength || i + aliasWords.Length > words.Count)
            {
                continue;
            }
            var ok = true;
            for (var k = 1; k < aliasWords.Length && ok; k++)
            {
                var w = words[i + k];
                ok = w == aliasWords[k] || (w.StartsWith(aliasWords[k], StringComparison.Ordinal) && w.Length - aliasWords[k].Length <= 3);
            }
            if (ok)
            {
                best = topic;
                bestLength = aliasWords.Length;
            }
        }
        if (best < 0)
        {
            return false;
        }
        scores[best] += weight;
        first[best] = Math.Min(first[best], position);
        return true;
    }
}
