using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Core.Yaml;

namespace Digest.Core.Config;

/// <summary>Reads <c>topics.yml</c>: a list of topics with slug, label, aliases and description.</summary>
public static class TopicsParser
{
    public static List<TopicDefinition> Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var result = new List<TopicDefinition>();
        var root = YamlReader.Read(FrontMatter.FrontMatterSplitter.Normalize(text), path, 0, diagnostics);
        if (root is null || root is YScalar { IsNull: true })
        {
            return result;
        }
        if (root is not YSequence seq)
        {
            diagnostics.Error(path, root.Line, root.Column, "topics.yml must be a list of topics, each '- slug: …' with label, aliases and description", "type");
            return result;
        }
        var values = new YamlValues(path, diagnostics);
        foreach (var item in seq.Items)
        {
            if (item is not YMapping m)
            {
                values.Error(item, "each topic must be a map with slug, label, aliases and description");
                continue;
            }
            var label = values.Text(m.Get("label"), "label");
            var slug = values.Text(m.Get("slug"), "slug");
            if (string.IsNullOrEmpty(slug) && string.IsNullOrEmpty(label))
            {
                values.Error(m, "a topic needs a 'slug' or a 'label'", "required");
                continue;
            }
            slug ??= Text.Slug.From(label!);
            if (Text.Slug.From(slug) != slug)
            {
                values.Error(m.Get("slug")!, $"topic slug '{slug}' may only contain lowercase letters a-z, digits and hyphens (e.g. {Text.Slug.From(slug)})");
                continue;
            }
            var aliases = new List<string>();
            foreach (var (alias, _) in values.TextList(m.Get("aliases"), "aliases", allowCommaString: true))
            {
                aliases.Add(alias);
            }
            result.Add(new TopicDefinition(slug, label ?? slug, aliases, values.Text(m.Get("description"), "description"), YamlValues.SpanOf(m)));
        }
        return result;
    }
}
