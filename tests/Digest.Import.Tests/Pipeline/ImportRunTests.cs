using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;
using Digest.Import.Model;
using Digest.Import.Pipeline;

namespace Digest.Import.Tests.Pipeline;

public class ImportRunTests
{
    private const string Article = "Ein Titel für den Test\n\nDer erste Absatz, der etwas erzählt.\n\n„Das wird teuer“, sagt Erika Muster, Energieexpertin am Institut für Energiewirtschaft.\n";

    private sealed record Setup(string Root, string Input, string Source)
    {
        public string Articles => Path.Combine(Input, "articles");
    }

    private static Setup Create(string text = Article, string name = "quelle.txt")
    {
        var root = TestPaths.TempDir();
        var input = Path.Combine(root, "input");
        Directory.CreateDirectory(input);
        var sources = Path.Combine(root, "sources");
        Directory.CreateDirectory(sources);
        var source = Path.Combine(sources, name);
        File.WriteAllText(source, text);
        return new Setup(root, input, source);
    }

    private static List<ImportOutcome> Run(Setup s, bool force = false, bool dryRun = false, params string[] sources)
    {
        var options = new ImportOptions { InputDir = s.Input, Force = force, DryRun = dryRun, Today = new ArticleDate(2026, 1, 15, null, null) };
        return new ImportRun(ArticleImporter.CreateDefault(), options).Run(sources.Length == 0 ? [s.Source] : sources, new DiagnosticBag());
    }

    [Fact]
    public void Writes_then_reports_unchanged_then_updates()
    {
        var s = Create();
        var first = Run(s)[0];
        Assert.Equal(ImportStatus.Written, first.Status);
        Assert.Contains("draft: no date", first.Detail);
        var file = Assert.Single(Directory.GetFiles(s.Articles));
        Assert.Equal("2026-01-15-ein-titel-fuer-den-test.md", Path.GetFileName(file));
        var article = ArticleParser.Parse(File.ReadAllText(file), file, new DiagnosticBag());
        Assert.NotNull(article);
        Assert.Equal("sources/quelle.txt", article.SourceFile);
        Assert.Equal("Erika Muster", Assert.Single(article.Experts).Name);
        Assert.Contains("Erika Muster", File.ReadAllText(Path.Combine(s.Input, "experts.yml")));

        Assert.Equal(ImportStatus.Unchanged, Run(s)[0].Status);

        File.AppendAllText(s.Source, "\nEin neuer Absatz am Ende des Textes.\n");
        Assert.Equal(ImportStatus.Updated, Run(s)[0].Status);
        Assert.Single(Directory.GetFiles(s.Articles));
        Assert.Contains("Ein neuer Absatz", File.ReadAllText(file));
    }

    [Fact]
    public void Refuses_to_overwrite_hand_edits_unless_forced()
    {
        var s = Create();
        Run(s);
        var file = Assert.Single(Directory.GetFiles(s.Articles));
        File.WriteAllText(file, File.ReadAllText(file).Replace("Der erste Absatz", "Mein erster Absatz"));
        File.AppendAllText(s.Source, "\nNoch ein Absatz.\n");
        var refused = Run(s)[0];
        Assert.Equal(ImportStatus.Refused, refused.Status);
        Assert.Contains("edited by hand", refused.Detail);
        Assert.Contains("Mein erster Absatz", File.ReadAllText(file));

        Assert.Equal(ImportStatus.Updated, Run(s, force: true)[0].Status);
        Assert.DoesNotContain("Mein erster Absatz", File.ReadAllText(file));
    }

    [Fact]
    public void Never_overwrites_an_article_it_did_not_write()
    {
        var s = Create();
        Directory.CreateDirectory(s.Articles);
        var mine = Path.Combine(s.Articles, "2026-01-15-ein-titel-fuer-den-test.md");
        File.WriteAllText(mine, "---\ntitle: Handgeschrieben\ndate: 2026-01-15\n---\nText\n");
        var outcome = Run(s)[0];
        Assert.Equal(ImportStatus.Written, outcome.Status);
        Assert.EndsWith("2026-01-15-ein-titel-fuer-den-test-2.md", outcome.Target);
        Assert.Contains("Handgeschrieben", File.ReadAllText(mine));
    }

    [Fact]
    public void Refuses_a_file_that_claims_the_source_but_has_no_hash()
    {
        var s = Create();
        Directory.CreateDirectory(s.Articles);
        var mine = Path.Combine(s.Articles, "2026-01-15-ein-titel-fuer-den-test.md");
        File.WriteAllText(mine, "---\ntitle: Handgeschrieben\ndate: 2026-01-15\nsource_file: \"sources/quelle.txt\"\n---\nText\n");
        var outcome = Run(s)[0];
        Assert.Equal(ImportStatus.Refused, outcome.Status);
        Assert.Contains("not written by digest import", outcome.Detail);
    }

    [Fact]
    public void Two_sources_with_the_same_headline_get_two_files()
    {
        var s = Create();
        var other = Path.Combine(Path.GetDirectoryName(s.Source)!, "zweite.txt");
        File.WriteAllText(other, Article.Replace("erzählt", "anders erzählt"));
        var outcomes = Run(s, sources: [s.Source, other]);
        Assert.Equal(2, Directory.GetFiles(s.Articles).Length);
        Assert.NotEqual(outcomes[0].Target, outcomes[1].Target);
        Assert.Equal(ImportStatus.Unchanged, Run(s, sources: [s.Source, other])[1].Status);
    }

    [Fact]
    public void Dry_run_writes_nothing_and_returns_the_markdown()
    {
        var s = Create();
        var outcome = Run(s, dryRun: true)[0];
        Assert.StartsWith("---\ntitle: \"Ein Titel für den Test\"", outcome.Markdown);
        Assert.False(Directory.Exists(s.Articles));
        Assert.False(File.Exists(Path.Combine(s.Input, "experts.yml")));
    }

    [Fact]
    public void Folders_are_expanded_and_missing_paths_reported()
    {
        var s = Create();
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(s.Source)!, "ignored.pdf"), "x");
        var missing = new List<string>();
        var found = ImportRun.ExpandSources([Path.GetDirectoryName(s.Source)!, "/no/such/path"], missing);
        Assert.Equal([s.Source], found);
        Assert.Equal(["/no/such/path"], missing);
    }
}
