using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Text;
using Digest.Core.Yaml;

namespace Digest.Import.Tagging;

/// <summary>
/// Reads the importer's own key of <c>topics.yml</c>: <c>stems</c>, word beginnings that name a topic in any inflection
/// or compound (<c>energie</c> for "Energiepolitik", "Energiepreise", "Atomenergie"). The site ignores the key.
/// </summary>
internal static class TopicStems
{
    /// <summary>Shorter stems would start too many unrelated words ("gas" in "Gast"); use an alias for them.</summary>
    public const int MinLength = 4;

    /// <summary>Folded stems by topic slug (the slug as <c>topics.yml</c> gives it, or made from the label).</summary>
    public static Dictionary<string, List<string>> Read(string text, string path, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // The topics themselves are read (and their errors reported) by TopicsParser; this pass reads only the stems.
        if (YamlReader.Read(FrontMatterSplitter.Normalize(text), path, 0, new DiagnosticBag()) is not YSequence seq)
        {
            return result;
        }
        foreach (var item in seq.Items)
        {
            if (item is not YMapping m || m.Get("stems") is not { } node)
            {
                continue;
            }
            var slug = Scalar(m.Get("slug")) ?? (Scalar(m.Get("label")) is { } label ? Slug.From(label) : null);
            if (slug is null)
            {
                continue;
            }
            var stems = new List<string>();
            foreach (var (value, at) in Items(node))
            {
                var folded = SearchFolding.Fold(value.Trim());
                if (folded.Length < MinLength || !IsWord(folded))
                {
                    diagnostics.Warning(path, at.Line, at.Column, $"stem '{value}' of topic '{slug}' is ignored: a stem is one word of at least {MinLength} letters (shorter words go in aliases)", DiagnosticCodes.InvalidTopicModel);
                    continue;
                }
                stems.Add(folded);
            }
            if (node is not YSequence and not YScalar)
            {
                diagnostics.Warning(path, node.Line, node.Column, $"the stems of topic '{slug}' must be a list of words; ignored", DiagnosticCodes.InvalidTopicModel);
            }
            result[slug] = stems;
        }
        return result;
    }

    private static bool IsWord(string folded)
    {
        foreach (var ch in folded)
        {
            if (!char.IsLetterOrDigit(ch))
            {
                return false;
            }
        }
        return true;
    }

    private static string? Scalar(YNode? node) => node is YScalar { IsNull: false } s && s.Value.Length > 0 ? s.Value : null;

    private static IEnumerable<(string Value, YNode At)> Items(YNode node)
    {
        if (node is YScalar { IsNull: false } single)
        {
            foreach (var part in single.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return (part, single);
            }
        }
        else if (node is YSequence seq)
        {
            foreach (var item in seq.Items)
            {
                if (item is YScalar { IsNull: false } s)
                {
                    yield return (s.Value, s);
                }
            }
        }
    }
}
