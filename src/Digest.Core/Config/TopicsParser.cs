using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Core.Yaml;

namespace Digest.Core.Config;

/// <summary>Reads <c>topics.yml</c>: a list of topics with slug, label, aliases and description.</summary>
public static class TopicsParser
{
    public static List<TopicDefinition> Parse(string text, string path, DiagnosticBag diagnostics) =>
        YamlListFile.Read(text, path, diagnostics, "topics.yml", "slug: …, label: …, aliases: […], description: …", ReadTopic);

    private static TopicDefinition? ReadTopic(YMapping m, YamlValues values)
    {
        var label = values.Text(m.Get("label"), "label");
        var slug = values.Text(m.Get("slug"), "slug");
        if (string.IsNullOrEmpty(slug) && string.IsNullOrEmpty(label))
        {
            values.Error(m, "a topic needs a 'slug' or a 'label'", DiagnosticCodes.TopicWithoutName);
            return null;
        }
        slug ??= Text.Slug.From(label!);
        if (Text.Slug.From(slug) != slug)
        {
            values.Error(m.Get("slug")!, $"topic slug '{slug}' may only contain lowercase letters a-z, digits and hyphens (e.g. {Text.Slug.From(slug)})", DiagnosticCodes.InvalidTopicSlug);
            return null;
        }
        return new TopicDefinition(slug, label ?? slug, values.Strings(m.Get("aliases"), "aliases", allowCommaString: true), values.Text(m.Get("description"), "description"), YamlValues.SpanOf(m));
    }
}
