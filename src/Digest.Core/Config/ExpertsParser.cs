using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Core.Yaml;

namespace Digest.Core.Config;

/// <summary>Reads <c>experts.yml</c>: a list of experts with name, aliases, role, org, bio and url.</summary>
public static class ExpertsParser
{
    public static List<ExpertDefinition> Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var result = new List<ExpertDefinition>();
        var root = YamlReader.Read(FrontMatter.FrontMatterSplitter.Normalize(text), path, 0, diagnostics);
        if (root is null || root is YScalar { IsNull: true })
        {
            return result;
        }
        if (root is not YSequence seq)
        {
            diagnostics.Error(path, root.Line, root.Column, "experts.yml must be a list of experts, each '- name: …' with aliases, role, org, bio and url", "type");
            return result;
        }
        var values = new YamlValues(path, diagnostics);
        foreach (var item in seq.Items)
        {
            if (item is not YMapping m)
            {
                values.Error(item, "each expert must be a map with name, aliases, role, org, bio and url");
                continue;
            }
            var name = values.Text(m.Get("name"), "name");
            if (string.IsNullOrWhiteSpace(name))
            {
                values.Error(m, "an expert needs a 'name'", "required");
                continue;
            }
            var aliases = new List<string>();
            foreach (var (alias, _) in values.TextList(m.Get("aliases"), "aliases", allowCommaString: true))
            {
                aliases.Add(alias);
            }
            result.Add(new ExpertDefinition(
                name,
                aliases,
                values.Text(m.Get("role"), "role"),
                values.Text(m.Get("org"), "org"),
                values.Text(m.Get("bio"), "bio"),
                values.Text(m.Get("url"), "url"),
                YamlValues.SpanOf(m)));
        }
        return result;
    }
}
