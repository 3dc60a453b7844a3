namespace Digest.Import.Tests.Hardening;

/// <summary>
/// Command-line paths: articles are written only into <c>--into</c> (experts only into <c>&lt;input&gt;/experts.yml</c>),
/// whatever the source paths, their names or the links in a source folder.
/// </summary>
public class ImportPathTests
{
    private const string Article = "Ein Titel für den Pfadtest\n\n25. Februar 2022\n\nDer erste Absatz, der etwas über Gaspreise erzählt.\n";

    /// <summary>Files that appeared or changed between two snapshots.</summary>
    private static List<string> Changed(Dictionary<string, string> before, Dictionary<string, string> after)
    {
        var changed = new List<string>();
        foreach (var (path, text) in after)
        {
            if (!before.TryGetValue(path, out var old) || old != text)
            {
                changed.Add(path.Replace('\\', '/'));
            }
        }
        return changed;
    }

    private static void AssertOnlyUnder(IEnumerable<string> changed, params string[] allowedPrefixes)
    {
        foreach (var c in changed)
        {
            Assert.True(Array.Exists(allowedPrefixes, p => c.StartsWith(p, StringComparison.Ordinal)), $"{c} written outside {string.Join(", ", allowedPrefixes)}");
        }
    }

    [Fact]
    public void Into_outside_the_input_folder_is_allowed_and_the_only_place_written()
    {
        using var w = new ImportWorkspace();
        var source = w.Source("a.txt", Article);
        var into = Path.Combine(w.Root, "woanders", "artikel");
        var before = w.Snapshot();
        var (exit, stdout, stderr) = w.Import(source, "--into", into);
        Assert.True(exit == 0, stdout + stderr);
        var changed = Changed(before, w.Snapshot());
        Assert.Contains("woanders/artikel/2022-02-25-ein-titel-fuer-den-pfadtest.md", changed);
        AssertOnlyUnder(changed, "woanders/artikel/", "input/experts.yml");
        Assert.False(Directory.Exists(w.Articles));
    }

    [Fact]
    public void Source_path_with_dot_dot_segments_writes_only_into_the_target()
    {
        using var w = new ImportWorkspace();
        w.Source("x.txt", Article);
        // sources/tief/unten/../../x.txt is sources/x.txt: read from there, written only into --into.
        Directory.CreateDirectory(Path.Combine(w.Sources, "tief", "unten"));
        var dotted = Path.Combine(w.Sources, "tief", "unten", "..", "..", "x.txt");
        var into = Path.Combine(w.Root, "ziel");
        var before = w.Snapshot();
        var (exit, stdout, stderr) = w.Import(dotted, "--into", into);
        Assert.True(exit == 0, stdout + stderr);
        var changed = Changed(before, w.Snapshot());
        Assert.Single(changed, c => c.StartsWith("ziel/", StringComparison.Ordinal));
        AssertOnlyUnder(changed, "ziel/", "input/experts.yml");
        Assert.Contains("source_file: \"sources/x.txt\"", File.ReadAllText(Directory.GetFiles(into)[0]));
    }

    [Fact]
    public void Source_named_like_a_path_escape_is_written_inside_the_target()
    {
        using var w = new ImportWorkspace();
        // A file literally named "..x.txt" and a headline that reads like a path: the name comes from the slug.
        var source = w.Source("..x.txt", "../../../etc/passwd\n\n25. Februar 2022\n\nDer erste Absatz, der etwas über Gaspreise erzählt.\n");
        var before = w.Snapshot();
        var (exit, stdout, stderr) = w.Import(source);
        Assert.True(exit == 0, stdout + stderr);
        var changed = Changed(before, w.Snapshot());
        AssertOnlyUnder(changed, "input/articles/", "input/experts.yml");
        Assert.Single(Directory.GetFiles(w.Articles));
        Assert.Empty(ImportWorkspace.Leftovers(w.Articles));
    }

    [Fact]
    public void A_link_in_a_source_folder_to_a_file_outside_it_is_skipped_with_a_warning()
    {
        using var w = new ImportWorkspace();
        var outside = Path.Combine(w.Root, "geheim.txt");
        File.WriteAllText(outside, "Geheimer Titel außerhalb\n\n25. Februar 2022\n\nDieser Text liegt außerhalb des Quellordners.\n");
        w.Source("a.txt", Article);
        var link = Path.Combine(w.Sources, "link.txt");
        try
        {
            File.CreateSymbolicLink(link, outside);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            Assert.Skip("symbolic links cannot be created here: " + ex.Message);
        }
        var before = w.Snapshot();
        var (exit, stdout, stderr) = w.Import(w.Sources);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("link.txt", stderr);
        Assert.Contains("outside", stderr);
        var changed = Changed(before, w.Snapshot());
        AssertOnlyUnder(changed, "input/articles/", "input/experts.yml");
        var file = Assert.Single(Directory.GetFiles(w.Articles));
        Assert.DoesNotContain("Geheimer Titel", File.ReadAllText(file));
    }

    [Fact]
    public void A_linked_folder_pointing_outside_the_source_folder_is_not_followed()
    {
        using var w = new ImportWorkspace();
        var outside = Path.Combine(w.Root, "anderswo");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "geheim.txt"), "Geheimer Titel außerhalb\n\n25. Februar 2022\n\nDieser Text liegt außerhalb des Quellordners.\n");
        w.Source("a.txt", Article);
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(w.Sources, "verweis"), outside);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            Assert.Skip("symbolic links cannot be created here: " + ex.Message);
        }
        var (exit, stdout, stderr) = w.Import(w.Sources);
        Assert.True(exit == 0, stdout + stderr);
        var file = Assert.Single(Directory.GetFiles(w.Articles));
        Assert.DoesNotContain("Geheimer Titel", File.ReadAllText(file));
    }

    [Fact]
    public void A_linked_file_given_explicitly_is_the_users_choice()
    {
        using var w = new ImportWorkspace();
        var outside = Path.Combine(w.Root, "geheim.txt");
        File.WriteAllText(outside, Article);
        var link = Path.Combine(w.Sources, "link.txt");
        try
        {
            File.CreateSymbolicLink(link, outside);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            Assert.Skip("symbolic links cannot be created here: " + ex.Message);
        }
        var (exit, stdout, stderr) = w.Import(link);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Single(Directory.GetFiles(w.Articles));
        Assert.Equal(Article, File.ReadAllText(outside));
    }
}
