using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Digest.Core.Diagnostics;
using Digest.Import.Data;
using Digest.Import.Text;

namespace Digest.Import.Boilerplate;

/// <summary>
/// The removal rules from <c>Data/boilerplate.yml</c>, optionally extended by a user file.
/// Lines, contains and stop texts match case-insensitively; patterns are .NET regexes, run on lines of at most 2,000 characters with a time limit.
/// </summary>
public sealed class BoilerplateRules
{
    /// <summary>
    /// Stops a pathological user pattern. A match timeout is measured in wall time, so on a busy machine a short one
    /// (it was 250 ms) fired on harmless lines now and then and the import depended on the load; lines are short, so a
    /// sound pattern never comes near this one. The non-backtracking engine would need no timeout, but it made the
    /// whole import about a fifth slower.
    /// </summary>
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Debris lines are short; patterns are not run on longer (article) paragraphs.</summary>
    private const int MaxPatternLine = 2000;
    private static readonly Lazy<BoilerplateRules> Shipped = new(() => Load(null, new DiagnosticBag()));

    private readonly HashSet<string> _lines = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _linesBySpan;
    private readonly List<string> _contains = [];
    private readonly List<Regex> _patterns = [];
    private readonly List<string> _stop = [];
    private readonly List<Regex> _stopPatterns = [];
    private readonly List<Regex> _stripPatterns = [];
    private readonly List<string> _credits = [];
    private readonly List<string> _familyWords = [];
    private Regex _creditTail = new("(?!)");
    private CreditTailFilter _creditTailFilter = new([]);
    private SearchValues<string> _stopValues = SearchValues.Create([], StringComparison.Ordinal);
    private SearchValues<string> _containsValues = SearchValues.Create([], StringComparison.Ordinal);
    private SubstringSet _familyWordSet = new([]);
    private bool _emptyStop;
    private bool _emptyContains;

    /// <summary>The shipped rules only.</summary>
    public static BoilerplateRules Default => Shipped.Value;

    /// <summary>Shipped rules plus those in <paramref name="userFile"/> (when it exists); problems go to <paramref name="diagnostics"/>.</summary>
    public static BoilerplateRules Load(string? userFile, DiagnosticBag diagnostics)
    {
        var rules = new BoilerplateRules();
        rules.Add(YamlLists.ReadLocated(EmbeddedData.Read("boilerplate.yml"), "Data/boilerplate.yml", diagnostics), "Data/boilerplate.yml", shipped: true, diagnostics);
        if (userFile is not null && File.Exists(userFile))
        {
            rules.Add(YamlLists.ReadLocated(File.ReadAllText(userFile), userFile, diagnostics), userFile, shipped: false, diagnostics);
        }
        rules.BuildCreditTail();
        rules.BuildSearchValues();
        return rules;
    }

    public IReadOnlyList<string> Credits => _credits;

    /// <summary>Every regex the rules run (patterns, stop and strip patterns, the credit tail), for the tests of the twins.</summary>
    internal IEnumerable<Regex> Regexes => [.. _patterns, .. _stopPatterns, .. _stripPatterns, _creditTail];

    /// <summary><paramref name="shipped"/>: the lists come from the shipped data file, whose patterns have source-generated twins.</summary>
    private void Add(Dictionary<string, LocatedList> lists, string path, bool shipped, DiagnosticBag diagnostics)
    {
        foreach (var (key, list) in lists)
        {
            var values = list.Values;
            switch (key)
            {
                case "lines":
                    foreach (var v in values)
                    {
                        _lines.Add(Key(v));
                    }
                    break;
                case "contains":
                    foreach (var v in values)
                    {
                        _contains.Add(v.ToLowerInvariant());
                    }
                    break;
                case "stop":
                    foreach (var v in values)
                    {
                        _stop.Add(v.ToLowerInvariant());
                    }
                    break;
                case "patterns":
                    AddRegexes(list, _patterns, path, key, shipped, diagnostics);
                    break;
                case "stop_patterns":
                    AddRegexes(list, _stopPatterns, path, key, shipped, diagnostics);
                    break;
                case "strip_patterns":
                    AddRegexes(list, _stripPatterns, path, key, shipped, diagnostics);
                    break;
                case "credits":
                    _credits.AddRange(values);
                    break;
                case "family_words":
                    foreach (var v in values)
                    {
                        _familyWords.Add(v.ToLowerInvariant());
                    }
                    break;
                default:
                    diagnostics.Warning(path, list.Key.Line, list.Key.Column, $"unknown boilerplate rule list '{key}' is ignored (known: lines, contains, patterns, strip_patterns, stop, stop_patterns, credits, family_words)", DiagnosticCodes.UnknownBoilerplateList);
                    break;
            }
        }
    }

    /// <summary>
    /// A shipped pattern runs as its source-generated twin (the native tool cannot compile a regex at run time, so a
    /// pattern read from the file would be interpreted); a user's pattern, or a shipped one without a twin, is interpreted.
    /// </summary>
    private static void AddRegexes(LocatedList list, List<Regex> target, string path, string key, bool shipped, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < list.Values.Count; i++)
        {
            var v = list.Values[i];
            try
            {
                target.Add((shipped ? ShippedPatternTwins.Find(v, RegexOptions.CultureInvariant, RegexTimeout) : null)
                    ?? new Regex(v, RegexOptions.CultureInvariant, RegexTimeout));
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
            {
                diagnostics.Error(path, list.Spans[i].Line, list.Spans[i].Column, $"{key}: '{v}' is not a usable regular expression: {ex.Message}", DiagnosticCodes.InvalidBoilerplatePattern);
            }
        }
    }

    /// <summary>
    /// The stop and contains texts searched in one pass over a line each, instead of one search per text; an empty
    /// text is in every line, which a search for several texts would not report.
    /// </summary>
    private void BuildSearchValues()
    {
        _emptyStop = _stop.Contains(string.Empty);
        _emptyContains = _contains.Contains(string.Empty);
        _stopValues = SearchValues.Create(_stop.FindAll(static v => v.Length > 0).ToArray(), StringComparison.Ordinal);
        _containsValues = SearchValues.Create(_contains.FindAll(static v => v.Length > 0).ToArray(), StringComparison.Ordinal);
        _familyWordSet = new SubstringSet(_familyWords.ConvertAll(static e => e.EndsWith('*') ? e[..^1] : e));
    }

    private void BuildCreditTail()
    {
        var names = new StringBuilder();
        foreach (var c in _credits)
        {
            if (names.Length > 0)
            {
                names.Append('|');
            }
            names.Append(Regex.Escape(c).Replace("\\ ", "\\s", StringComparison.Ordinal));
        }
        // "… am Hafen. - keystone", "… (Foto: AFP)", "Foto: picture alliance/dpa | Name", "© Quelle: -/Agentur/dpa".
        // "… Sea. (AP photo)", "… (Taiwan Defense Ministry via Reuters)", "Image Credit: Creative Commons.", a credit line of its own.
        var pattern =
            @"(\s[-–—|]\s*(?<c>(" + names + @")([\s/|,][^.!?]{0,60})?)"
            + @"|(?:^|\s)\(?(?<c>(Foto|Fotos|Bild|Bilder|Photo|Photos|Image|Image\sCredit|Photo\scredit|Bildquelle|Credit|Grafik|Illustration|Icon)s?:\s*[^.!?]{2,80}\.?)\)?"
            + @"|\s\((?<c>(?:[^()]{0,60}\s)?(?:photo|foto|bild|image|picture)s?(?:\s[^()]{0,60})?|[^()]{0,60}\svia\s(?:" + names + @")[^()]{0,20})\)"
            + @"|\s*(?<c>©[^.!?]{0,80}))\s*$";
        // Right to left: the pattern is anchored at the end, so only the line's tail is examined.
        _creditTailFilter = new CreditTailFilter(_credits);
        // The shipped credits give the text of a source-generated twin; credits a user adds give another text, interpreted.
        const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft;
        _creditTail = ShippedPatternTwins.Find(pattern, options, RegexTimeout) ?? new Regex(pattern, options, RegexTimeout);
    }

    /// <summary>Classifies one trimmed line.</summary>
    public LineVerdict Classify(string line)
    {
        var lower = line.ToLowerInvariant();
        if (_emptyStop || lower.AsSpan().IndexOfAny(_stopValues) >= 0)
        {
            return LineVerdict.Stop;
        }
        foreach (var r in _stopPatterns)
        {
            if (line.Length <= MaxPatternLine && SafeIsMatch(r, line))
            {
                return LineVerdict.Stop;
            }
        }
        // The line's key from its lowercase form (lowercasing neither makes nor removes the trimmed characters), looked
        // up in place.
        if (_linesBySpan.Contains(KeyOfLower(lower)))
        {
            return LineVerdict.Drop;
        }
        if (_emptyContains || lower.AsSpan().IndexOfAny(_containsValues) >= 0)
        {
            return LineVerdict.Drop;
        }
        foreach (var r in _patterns)
        {
            if (line.Length <= MaxPatternLine && SafeIsMatch(r, line))
            {
                return LineVerdict.Drop;
            }
        }
        return LineVerdict.Keep;
    }

    /// <summary>
    /// True when the text names a known debris family (subscriptions, logins, cookies, newsletters, apps, sharing, sponsored
    /// content…) by one of the <c>family_words</c>: a whole word, or, for an entry ending in <c>*</c>, a word that starts
    /// with it (<c>abonn*</c> finds "Abonnement").
    /// </summary>
    public bool NamesDebrisFamily(string text)
    {
        var lower = text.ToLowerInvariant();
        // Only the words that occur in the text at all are checked for their boundaries.
        var present = _familyWordSet.Present(lower);
        for (var i = 0; i < _familyWords.Count; i++)
        {
            // Absent words are passed over before their text is cut from the entry.
            if (!present[i])
            {
                continue;
            }
            var entry = _familyWords[i];
            var prefix = entry.EndsWith('*');
            var w = prefix ? entry[..^1] : entry;
            if (w.Length == 0)
            {
                continue;
            }
            var at = lower.IndexOf(w, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + w.Length;
                if ((at == 0 || !char.IsLetter(lower[at - 1])) && (prefix || end == lower.Length || !char.IsLetter(lower[end])))
                {
                    return true;
                }
                at = lower.IndexOf(w, end, StringComparison.Ordinal);
            }
        }
        return false;
    }

    /// <summary>The line without the parts that strip patterns remove (agency datelines).</summary>
    public string Strip(string line)
    {
        if (line.Length > MaxPatternLine * 10)
        {
            return line;
        }
        foreach (var r in _stripPatterns)
        {
            try
            {
                line = r.Replace(line, string.Empty);
            }
            catch (RegexMatchTimeoutException)
            {
                // Leave the line as it is.
            }
        }
        return line.Trim();
    }

    /// <summary>True when the line ends in a photo credit; gives the caption text before it and the credit.</summary>
    public bool TrySplitCaption(string line, out string caption, out string credit)
    {
        caption = credit = string.Empty;
        if (line.Length > 600 || !_creditTailFilter.MayEndInCredit(line))
        {
            return false;
        }
        Match m;
        try
        {
            m = _creditTail.Match(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
        if (!m.Success)
        {
            return false;
        }
        credit = m.Groups["c"].Value.Trim().TrimEnd(')').Trim();
        caption = line[..m.Index].Trim();
        return true;
    }

    /// <summary>Patterns are bounded and lines short, but a user's pattern could still be pathological: a timeout means no match.</summary>
    private static bool SafeIsMatch(Regex r, string line)
    {
        try
        {
            return r.IsMatch(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private const string KeyTrimmed = ":.!|-–›» >\u00A0";

    private BoilerplateRules() => _linesBySpan = _lines.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Lowercase, with surrounding white space and punctuation removed, for whole-line matches.</summary>
    private static string Key(string text) => text.Trim().Trim(':', '.', '!', '|', '-', '–', '›', '»', '>', ' ', '\u00A0').ToLowerInvariant();

    /// <summary><see cref="Key"/> of a text that is already lowercase, without copying it.</summary>
    private static ReadOnlySpan<char> KeyOfLower(string lower) => lower.AsSpan().Trim().Trim(KeyTrimmed);
}
