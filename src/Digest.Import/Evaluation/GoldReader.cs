using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Yaml;

namespace Digest.Import.Evaluation;

/// <summary>Reads a gold annotation file.</summary>
internal static class GoldReader
{
    public static GoldAnnotation? Read(string text, string path, DiagnosticBag diagnostics)
    {
        if (YamlReader.Read(FrontMatterSplitter.Normalize(text), path, 0, diagnostics) is not YMapping map)
        {
            return null;
        }
        var gold = new GoldAnnotation
        {
            Title = Scalar(map.Get("title")),
            Date = Scalar(map.Get("date")),
            Lang = Scalar(map.Get("lang")),
        };
        if (map.Get("experts") is YSequence experts)
        {
            foreach (var item in experts.Items)
            {
                if (item is YMapping m)
                {
                    gold.Experts.Add(new GoldExpert(Scalar(m.Get("name")), Scalar(m.Get("role")), Scalar(m.Get("org"))));
                }
            }
        }
        AddAll(map.Get("people"), gold.People);
        AddAll(map.Get("topics"), gold.Topics);
        AddAll(map.Get("boilerplate"), gold.Boilerplate);
        AddAll(map.Get("keep"), gold.Keep);
        return gold;
    }

    private static string Scalar(YNode? node) => node is YScalar { IsNull: false } s ? s.Value : string.Empty;

    private static void AddAll(YNode? node, List<string> target)
    {
        if (node is YSequence seq)
        {
            foreach (var item in seq.Items)
            {
                if (item is YScalar { IsNull: false } s && s.Value.Length > 0)
                {
                    target.Add(s.Value);
                }
            }
        }
    }
}
