using System.Reflection;
using System.Text;
using Digest.Import.Data;

namespace Digest.Cli.Init;

/// <summary>
/// The files <c>digest init</c> writes, relative to the new site's folder, with the title, language, date and tool
/// version filled in. The texts live in <c>Init/Templates/</c> (embedded in the tool); topics.yml is the importer's
/// default vocabulary, so new articles are tagged with the topics the site has pages for.
/// </summary>
public static class SiteTemplate
{
    public static IReadOnlyList<(string Path, string Text)> Files(SiteValues values)
    {
        var date = values.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            ("input/site.yml", Fill(Read("site.yml"), values)),
            ("input/topics.yml", Topics()),
            ("input/experts.yml", Read("experts.yml")),
            ($"input/articles/{date}-{(values.Language == "de" ? "willkommen" : "welcome")}.md", Fill(Read($"example-{values.Language}.md"), values)),
            (".gitignore", Read("gitignore")),
            (".github/workflows/digest.yml", Fill(Read("digest.yml"), values)),
        ];
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Fill(string template, SiteValues v) => template
        .Replace("{{title}}", Quote(v.Title), StringComparison.Ordinal)
        .Replace("{{language}}", v.Language, StringComparison.Ordinal)
        .Replace("{{date}}", v.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{{version}}", v.Version, StringComparison.Ordinal);

    /// <summary>The default vocabulary with a header for its new home (the shipped one describes its role in the importer).</summary>
    private static string Topics()
    {
        var shipped = EmbeddedData.Read("default-topics.yml").Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = shipped.Split('\n');
        var start = 0;
        while (start < lines.Length && (lines[start].StartsWith('#') || lines[start].Length == 0) && !lines[start].StartsWith("# ---", StringComparison.Ordinal))
        {
            start++;
        }
        var sb = new StringBuilder();
        sb.Append("# The topic vocabulary: one entry per topic page.\n");
        sb.Append("#   slug:        stable identifier, used in addresses and in the topics of an article\n");
        sb.Append("#   label:       the name shown on the site\n");
        sb.Append("#   aliases:     other spellings and forms (matched ignoring case), also used to tag imported articles\n");
        sb.Append("#   description: one sentence shown on the topic page\n");
        sb.Append("#   stems:       word beginnings (four letters or more) that tag imported articles in any ending or compound\n");
        sb.Append("#                (\"energie\" finds Energiepolitik and Atomenergie); the site itself ignores them\n");
        sb.Append("# Change, add and remove entries freely; topics used in articles but missing here still get a page.\n\n");
        sb.AppendJoin('\n', lines[start..]);
        return sb.ToString();
    }

    private static string Read(string name)
    {
        var resource = "Digest.Cli.Init.Templates." + name;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing from the build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
