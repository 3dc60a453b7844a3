using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Core.Yaml;

namespace Digest.Core.Config;

/// <summary>Reads <c>experts.yml</c>: a list of experts with name, aliases, role, org, bio and url.</summary>
public static class ExpertsParser
{
    public static List<ExpertDefinition> Parse(string text, string path, DiagnosticBag diagnostics) =>
        YamlListFile.Read(text, path, diagnostics, "experts.yml", "name: …, aliases: […], role: …, org: …, bio: …, url: …", ReadExpert);

    private static ExpertDefinition? ReadExpert(YMapping m, YamlValues values)
    {
        var name = values.Text(m.Get("name"), "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            values.Error(m, "an expert needs a 'name'", DiagnosticCodes.ExpertWithoutName);
            return null;
        }
        return new ExpertDefinition(
            name,
            values.Strings(m.Get("aliases"), "aliases", allowCommaString: true),
            values.Text(m.Get("role"), "role"),
            values.Text(m.Get("org"), "org"),
            values.Text(m.Get("bio"), "bio"),
            values.Text(m.Get("url"), "url"),
            YamlValues.SpanOf(m));
    }
}
