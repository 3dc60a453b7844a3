using Digest.Core.Text;

namespace Digest.Import.Tagging;

/// <summary>
/// Finds the topic a word (or a phrase starting at it) names: an alias as written or inflected, a stem at the start or
/// end of the word, or a one-word alias as the head of a compound. Built once per vocabulary; thread-safe to read.
/// </summary>
internal sealed class TopicMatcher
{
    /// <summary>
    /// Inflection endings taken off a word before looking it up: German case and plural endings ("Sanktionen",
    /// "Russlands") and English plural and past forms ("tariffs", "sanctioned", "escalating").
    /// </summary>
    private static readonly string[] Endings = ["s", "n", "en", "es", "e", "er", "ern", "ns", "em", "ed", "d", "ing"];

    /// <summary>English endings that replace a letter of the base: "economies" for "economy", "escalating" for "escalate".</summary>
    private static readonly (string Ending, string Replacement)[] Replacements = [("ies", "y"), ("ing", "e")];

    /// <summary>Shorter compound heads ("Gas", "Iran") would match too many unrelated words.</summary>
    private const int MinHeadLength = 5;

    /// <summary>A compound needs a modifier of at least this many letters before its head.</summary>
    private const int MinModifierLength = 3;

    private readonly Dictionary<string, List<(string[] Words, int Topic)>> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, int Topic)>>.AlternateLookup<ReadOnlySpan<char>> _aliasesBySpan;
    private readonly Dictionary<string, int> _heads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _headsBySpan;
    private readonly Dictionary<string, int> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _stemsBySpan;
    private readonly int _longestStem;
    private readonly PrefixFilter _stemStarts = new();
    private readonly PrefixFilter _headStarts = new();
    private readonly Dictionary<char, List<string>> _roleHeadsByLastChar = [];

    /// <param name="vocabulary">The topics and their aliases and stems.</param>
    /// <param name="roleHeads">Role words that end a word introducing a person (the lexicon's expert and official roles).</param>
    public TopicMatcher(Vocabulary vocabulary, IEnumerable<string>? roleHeads = null)
    {
        foreach (var head in roleHeads ?? [])
        {
            var folded = SearchFolding.Fold(head);
            if (folded.Length >= 4)
            {
                if (!_roleHeadsByLastChar.TryGetValue(folded[^1], out var heads))
                {
                    _roleHeadsByLastChar[folded[^1]] = heads = [];
                }
                heads.Add(folded);
            }
        }
        _aliasesBySpan = _aliases.GetAlternateLookup<ReadOnlySpan<char>>();
        _headsBySpan = _heads.GetAlternateLookup<ReadOnlySpan<char>>();
        _stemsBySpan = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
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
                if (!_aliases.TryGetValue(words[0], out var list))
                {
                    _aliases[words[0]] = list = [];
                }
                list.Add((words.ToArray(), t));
                if (words.Count == 1 && words[0].Length >= MinHeadLength)
                {
                    if (_heads.TryAdd(words[0], t))
                    {
                        _headStarts.Add(words[0]);
                    }
                }
            }
            foreach (var stem in vocabulary.Stems(topic.Slug))
            {
                // The first topic to claim a stem keeps it, as with aliases.
                if (_stems.TryAdd(stem, t))
                {
                    _stemStarts.Add(stem);
                    _longestStem = Math.Max(_longestStem, stem.Length);
                }
            }
        }
    }

    /// <summary>
    /// The topic named at <paramref name="words"/>[<paramref name="i"/>] (folded words), how it matched and how many
    /// words it took; false when the word names none.
    /// </summary>
    public bool TryMatch(List<string> words, int i, out int topic, out TopicMatchKind kind, out int length)
    {
        if (!TryMatchWord(words, i, out topic, out kind, out length))
        {
            return false;
        }
        if (length == 1 && IsRoleWord(words[i]))
        {
            kind = TopicMatchKind.RoleWord;
        }
        return true;
    }

    /// <summary>The word ends in a role ("Militärexperte", "Klimaforschers", "economists"), possibly inflected.</summary>
    private bool IsRoleWord(string word)
    {
        // The head's last occurrence ends at most two letters before the word's end: the word, or the word without
        // its last one or two letters, ends with it (ordinal suffix tests; a culture-free LastIndexOf is far slower).
        // Only heads whose last letter is the word's letter at that place can end there.
        var span = word.AsSpan();
        for (var cut = 0; cut <= 2 && cut < span.Length; cut++)
        {
            if (!_roleHeadsByLastChar.TryGetValue(span[^(cut + 1)], out var heads))
            {
                continue;
            }
            foreach (var head in heads)
            {
                if (span.Length - cut >= head.Length && span[..^cut].EndsWith(head, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private bool TryMatchWord(List<string> words, int i, out int topic, out TopicMatchKind kind, out int length)
    {
        kind = TopicMatchKind.Alias;
        if (MatchAlias(words, i, words[i], out topic, out length))
        {
            return true;
        }
        var w = words[i];
        foreach (var ending in Endings)
        {
            if (w.Length > ending.Length + 3 && w.EndsWith(ending, StringComparison.Ordinal)
                && _aliasesBySpan.ContainsKey(w.AsSpan(0, w.Length - ending.Length))
                && MatchAlias(words, i, w[..^ending.Length], out topic, out length))
            {
                return true;
            }
        }
        foreach (var (ending, replacement) in Replacements)
        {
            if (w.Length > ending.Length + 3 && w.EndsWith(ending, StringComparison.Ordinal)
                && MatchAlias(words, i, string.Concat(w.AsSpan(0, w.Length - ending.Length), replacement), out topic, out length))
            {
                return true;
            }
        }
        length = 1;
        kind = TopicMatchKind.Stem;
        if (MatchStem(w, out topic))
        {
            return true;
        }
        kind = TopicMatchKind.CompoundHead;
        return MatchCompoundHead(w, out topic);
    }

    /// <summary>A stem at the start of the word (the word itself, inflected, or a compound's modifier), else the longest at its end.</summary>
    private bool MatchStem(string word, out int topic)
    {
        topic = -1;
        if (_stems.Count == 0)
        {
            return false;
        }
        // Every candidate below starts at the word's start (the first loop) or at the cut (the second): where no stem
        // starts with those letters, none of the lookups there can succeed.
        for (var len = Math.Min(word.Length, _longestStem); len >= TopicStems.MinLength && _stemStarts.MayStart(word); len--)
        {
            if (_stemsBySpan.TryGetValue(word.AsSpan(0, len), out topic))
            {
                return true;
            }
        }
        // "Atomenergie", "Haushaltsstrompreise": the head of a compound, possibly inflected.
        for (var cut = MinModifierLength; word.Length - cut >= TopicStems.MinLength; cut++)
        {
            var tail = word.AsSpan(cut);
            if (!_stemStarts.MayStart(tail))
            {
                continue;
            }
            if (_stemsBySpan.TryGetValue(tail, out topic))
            {
                return true;
            }
            foreach (var ending in Endings)
            {
                if (tail.Length - ending.Length >= TopicStems.MinLength && tail.EndsWith(ending, StringComparison.Ordinal)
                    && _stemsBySpan.TryGetValue(tail[..^ending.Length], out topic))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>German compounds name their topic at the end: "Einzelhandel" is about Handel, "Parlamentswahlen" about Wahlen.</summary>
    private bool MatchCompoundHead(string word, out int topic)
    {
        for (var cut = MinModifierLength; word.Length - cut >= MinHeadLength; cut++)
        {
            if (_headStarts.MayStart(word.AsSpan(cut)) && _headsBySpan.TryGetValue(word.AsSpan(cut), out topic))
            {
                return true;
            }
        }
        topic = -1;
        return false;
    }

    /// <summary>The longest alias that starts with <paramref name="firstWord"/> and continues with the next words (each allowed a short ending).</summary>
    private bool MatchAlias(List<string> words, int i, string firstWord, out int topic, out int length)
    {
        topic = -1;
        length = 0;
        if (!_aliases.TryGetValue(firstWord, out var candidates))
        {
            return false;
        }
        foreach (var (aliasWords, t) in candidates)
        {
            if (aliasWords.Length <= length || i + aliasWords.Length > words.Count)
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
                topic = t;
                length = aliasWords.Length;
            }
        }
        return topic >= 0;
    }
}
