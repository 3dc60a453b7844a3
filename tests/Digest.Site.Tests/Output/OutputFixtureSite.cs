using Digest.TestSupport;
using System.Globalization;
using System.Text;
using Digest.Site.Output;
using Digest.Site.Tests.TestSupport;

namespace Digest.Site.Tests.Output;

/// <summary>
/// A small digest written to a temporary folder: <see cref="PublishedCount"/> published articles (one a day,
/// newest <see cref="Newest"/>), one draft and one future article, three topics (one with an alias), two experts.
/// </summary>
public sealed class OutputFixtureSite : IDisposable
{
    public const int PublishedCount = 24;

    public static readonly DateTimeOffset Now = new(2024, 6, 30, 12, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Newest = new(2024, 6, 24);

    public OutputFixtureSite(string? baseUrl)
    {
        Dir = Path.Combine(Path.GetTempPath(), "digest-fixture-" + Guid.NewGuid().ToString("N"));
        var articles = Path.Combine(Dir, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(Dir, "site.yml"),
            "title: \"Fixture Digest\"\nlanguage: de\nauthor: \"Redaktion\"\n" + (baseUrl is null ? string.Empty : $"base_url: {baseUrl}\n"));
        File.WriteAllText(Path.Combine(Dir, "topics.yml"), """
            - slug: suedkorea
              label: Südkorea
              aliases: [Seoul, South Korea]
            - slug: energie
              label: Energie
            - slug: handel
              label: Handel
            """);
        File.WriteAllText(Path.Combine(Dir, "experts.yml"), """
            - name: "Dr. Jürgen Weiß"
              role: "Analyst"
            - name: "Ana Müller"
            """);
        for (var i = 0; i < PublishedCount; i++)
        {
            var date = Newest.AddDays(-i);
            var topics = i % 3 == 0 ? "[suedkorea, handel]" : i % 3 == 1 ? "[energie]" : "[handel]";
            var experts = i % 2 == 0 ? "[\"Dr. Jürgen Weiß\"]" : "[\"Ana Müller\"]";
            var title = i == 5 ? "Straßenbau in Südkorea" : $"Bericht Nummer {i}";
            var updated = i == 3 ? "updated: 2024-06-28\n" : string.Empty;
            var next = i + 1 < PublishedCount ? $"a{i + 1:D2}.md" : "a00.md";
            var body = new StringBuilder($"Ein Absatz über Thema {i}. Mehr dazu im [älteren Bericht]({next}).\n\n");
            if (i == 7)
            {
                body.Append("Hier geht es um Windräder und Sonnenkollektoren.\n");
            }
            Write(articles, $"a{i:D2}", title, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), topics, experts, $"Zusammenfassung {i}.", updated, body.ToString(), draft: false);
        }
        Write(articles, "draft", "Geheimer Entwurf Zebrafink", "2024-06-01", "[energie]", "[]", "Entwurf.", string.Empty, "Zebrafink im Entwurf.\n", draft: true);
        Write(articles, "future", "Zukunft Kolibri", "2024-12-01", "[energie]", "[]", "Zukunft.", string.Empty, "Kolibri in der Zukunft.\n", draft: false);
    }

    public string Dir { get; }

    public BuildOptions Options(string output) => new()
    {
        InputDir = Dir,
        OutputDir = output,
        DefaultThemeDir = RepoPaths.Theme,
        Now = Now,
        DryRun = true,
    };

    public BuildResult Build()
    {
        var result = SiteBuilder.Build(Options(Path.Combine(Dir, "_out")));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result;
    }

    public static string Text(OutputSet output, string path) =>
        Encoding.UTF8.GetString(output.Get(path) ?? throw new Xunit.Sdk.XunitException($"{path} was not written"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void Write(string folder, string stem, string title, string date, string topics, string experts, string summary, string updated, string body, bool draft)
    {
        File.WriteAllText(Path.Combine(folder, stem + ".md"),
            $"---\ntitle: \"{title}\"\ndate: {date}\n{updated}topics: {topics}\nexperts: {experts}\nsummary: \"{summary}\"\n{(draft ? "draft: true\n" : string.Empty)}---\n\n{body}");
    }
}
