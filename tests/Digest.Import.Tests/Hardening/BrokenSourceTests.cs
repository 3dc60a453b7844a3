using System.Text;
using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;

namespace Digest.Import.Tests.Hardening;

/// <summary>
/// Broken sources through <c>digest import</c>: a clear refusal or a best-effort draft, never a crash, and never a
/// temporary or half-written file left behind. (The importer's own unit tests check the analysis of the same inputs:
/// Pipeline/RobustnessTests.)
/// </summary>
public class BrokenSourceTests
{
    private static readonly string[] Words = ["heute", "gestern", "morgen", "wieder", "leise", "laut", "kurz", "lang", "klar", "offen", "genau"];

    private const string Plain = "Ein Titel für den Test\n\n25. Februar 2022\n\nDer erste Absatz, der etwas über Gaspreise erzählt.\n";

    /// <summary>Files anywhere in the workspace that look like an unfinished write.</summary>
    private static List<string> TempFiles(string root)
    {
        var found = new List<string>();
        foreach (var f in Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var name = Path.GetFileName(f);
            if (name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.Contains(".tmp.", StringComparison.OrdinalIgnoreCase) || name.EndsWith('~'))
            {
                found.Add(f);
            }
        }
        return found;
    }

    /// <summary>Imports one source; checks there are no leftovers and that every written article parses without errors.</summary>
    private static (int Exit, string Out, string Err, string? Markdown) ImportOne(string name, byte[] bytes)
    {
        using var w = new ImportWorkspace();
        var source = w.Source(name, bytes);
        var (exit, stdout, stderr) = w.Import(source);
        Assert.Empty(TempFiles(w.Root));
        Assert.Empty(ImportWorkspace.Leftovers(w.Articles));
        string? markdown = null;
        if (Directory.Exists(w.Articles))
        {
            foreach (var file in Directory.GetFiles(w.Articles))
            {
                markdown = File.ReadAllText(file);
                var bag = new DiagnosticBag();
                Assert.NotNull(ArticleParser.Parse(markdown, file, bag));
                Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
            }
        }
        return (exit, stdout, stderr, markdown);
    }

    [Fact]
    public void Empty_file_is_refused_with_a_message()
    {
        var (exit, _, err, markdown) = ImportOne("leer.txt", []);
        Assert.Equal(1, exit);
        Assert.Contains("empty", err);
        Assert.Null(markdown);
    }

    [Fact]
    public void Whitespace_only_file_is_refused_or_a_draft()
    {
        var (exit, output, err, markdown) = ImportOne("leer.txt", Encoding.UTF8.GetBytes(" \n\r\n\t\n"));
        Assert.True(exit == 1 ? err.Contains("refused") && markdown is null : output.Contains("draft") && markdown is not null, output + err);
    }

    [Fact]
    public void Binary_file_is_refused_with_a_message()
    {
        var bytes = new byte[8192];
        new Random(8).NextBytes(bytes);
        var (exit, _, err, markdown) = ImportOne("bild.txt", bytes);
        Assert.Equal(1, exit);
        Assert.Contains("binary", err);
        Assert.Null(markdown);
    }

    [Fact]
    public void Binary_file_named_html_is_refused_with_a_message()
    {
        var bytes = new byte[8192];
        new Random(9).NextBytes(bytes);
        var (exit, _, err, _) = ImportOne("seite.html", bytes);
        Assert.Equal(1, exit);
        Assert.Contains("binary", err);
    }

    [Fact]
    public void Latin1_file_is_read_with_a_note()
    {
        var (exit, output, _, markdown) = ImportOne("alt.txt", Encoding.Latin1.GetBytes("Größere Sorgen über Gaspreise\n\n25. Februar 2022\n\nDie Verbraucher zahlen mehr für Gas und Strom.\n"));
        Assert.Equal(0, exit);
        Assert.Contains("Latin-1", output);
        Assert.Contains("title: \"Größere Sorgen über Gaspreise\"", markdown);
    }

    [Fact]
    public void Invalid_utf8_is_read_best_effort_with_a_note()
    {
        // Valid UTF-8 with a few stray bytes: the UTF-8 text is kept and only the broken bytes are replaced.
        var bytes = Encoding.UTF8.GetBytes(Plain.Replace("erste", "erste\u00e4")).Concat(new byte[] { 0xC3, 0x28, 0xFF, (byte)'\n' }).ToArray();
        var (exit, output, _, markdown) = ImportOne("kaputt.txt", bytes);
        Assert.Equal(0, exit);
        Assert.Contains("not valid UTF-8 in places", output);
        Assert.Contains("title: \"Ein Titel für den Test\"", markdown);
        Assert.Contains("erste\u00e4", markdown);
    }

    [Fact]
    public void Utf8_bom_and_crlf_just_work()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Plain.Replace("\n", "\r\n"))).ToArray();
        var (exit, output, _, markdown) = ImportOne("windows.txt", bytes);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("Latin-1", output);
        Assert.DoesNotContain("\r", markdown!);
        Assert.False(markdown!.Contains('\uFEFF', StringComparison.Ordinal), "BOM kept");
        Assert.Contains("title: \"Ein Titel für den Test\"", markdown);
        Assert.Contains("date: 2022-02-25", markdown);
    }

    [Fact]
    public void Five_megabyte_text_is_imported_whole()
    {
        var sb = new StringBuilder(Plain);
        while (sb.Length < 5 * 1024 * 1024)
        {
            // Distinct paragraphs: repeated lines are dropped as page debris.
            sb.Append("\nDer Absatz ").Append(Words[sb.Length % Words.Length]).Append(' ').Append(Words[sb.Length / 7 % Words.Length])
                .Append(" erzählt Nummer ").Append(sb.Length).Append(" über Gaspreise, Sanktionen und den Winter.\n");
        }
        var (exit, _, err, markdown) = ImportOne("gross.txt", Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.True(exit == 0, err);
        Assert.True(markdown!.Length > 4 * 1024 * 1024, $"only {markdown.Length} characters written");
    }

    [Fact]
    public void Text_without_date_or_title_is_a_draft_that_says_why()
    {
        var (exit, output, _, markdown) = ImportOne("ohne.txt", Encoding.UTF8.GetBytes("der text beginnt klein, hat keinen titel und kein datum. er endet mit einem punkt.\n"));
        Assert.Equal(0, exit);
        Assert.Contains("draft: no title, no date", output);
        Assert.Contains("draft: true", markdown);
        Assert.Contains("# The source has no headline", markdown);
        Assert.Contains("title_guessed: true", markdown);
    }

    [Fact]
    public void Only_markup_debris_is_still_a_parseable_draft_or_a_refusal()
    {
        var (exit, output, err, _) = ImportOne("muell.html", Encoding.UTF8.GetBytes("<html><body><script>alert(1)</script><div><div></div></div></body></html>"));
        Assert.True(exit is 0 or 1, output + err);
    }

    [Fact]
    public void Into_path_that_is_a_file_is_refused_without_a_crash()
    {
        using var w = new ImportWorkspace();
        var source = w.Source("a.txt", Plain);
        var into = Path.Combine(w.Root, "schon-eine-datei");
        File.WriteAllText(into, "kein Ordner");
        var (exit, _, err) = w.Import(source, "--into", into);
        Assert.Equal(1, exit);
        Assert.Contains("cannot write", err);
        Assert.Equal("kein Ordner", File.ReadAllText(into));
        Assert.Empty(TempFiles(w.Root));
    }
}
