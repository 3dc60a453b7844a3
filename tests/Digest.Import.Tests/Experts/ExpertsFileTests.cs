using Digest.Core.Config;
using Digest.Core.Diagnostics;
using Digest.Import.Experts;
using Digest.Import.Model;
using Digest.Import.Pipeline;

namespace Digest.Import.Tests.Experts;

public class ExpertsFileTests
{
    private const string Existing = """
        # Our experts. Keep this comment.

        - name: "Hans Peter Beispielmann"   # the harbour one
          role: "Hafen-Experte"
          org: "IBS"

        # Second entry stays second.
        - name: Jane Example
          aliases: [J. Example]
        """;

    private static ImportedExpert E(string name, string? role = "Expertin", string? org = null) => new(name, role, org, []);

    [Fact]
    public void Appends_new_experts_and_keeps_everything_else_verbatim()
    {
        var dir = TestPaths.TempDir();
        var path = Path.Combine(dir, "experts.yml");
        File.WriteAllText(path, Existing + "\n");
        var added = ExpertsFile.Append(path, [E("Beispielmann"), E("Hans Beispielmann"), E("Maria Neu", "Analystin", "DIF"), E("Maria Neu")], new DiagnosticBag());
        Assert.Equal(["Maria Neu"], added.Select(a => a.Name));
        var text = File.ReadAllText(path);
        Assert.StartsWith(Existing, text);
        var diagnostics = new DiagnosticBag();
        var parsed = ExpertsParser.Parse(text, path, diagnostics);
        Assert.False(diagnostics.HasErrors);
        Assert.Equal(["Hans Peter Beispielmann", "Jane Example", "Maria Neu"], parsed.Select(p => p.Name));
        Assert.Equal("DIF", parsed[2].Org);
    }

    [Fact]
    public void Same_surname_with_another_given_name_is_another_person()
    {
        var added = ExpertsFile.NewExperts(Existing, [E("Peter Beispielmann"), E("Jane Example"), E("J. Example")], "experts.yml", new DiagnosticBag());
        Assert.Equal(["Peter Beispielmann"], added.Select(a => a.Name));
    }

    [Fact]
    public void Creates_the_file_when_missing_and_matches_indentation()
    {
        var dir = TestPaths.TempDir();
        var path = Path.Combine(dir, "experts.yml");
        ExpertsFile.Append(path, [E("Erika Muster")], new DiagnosticBag());
        Assert.Single(ExpertsParser.Parse(File.ReadAllText(path), path, new DiagnosticBag()));

        var indented = Path.Combine(dir, "indented.yml");
        File.WriteAllText(indented, "  - name: \"A B\"\n    role: \"x\"\n");
        ExpertsFile.Append(indented, [E("C D")], new DiagnosticBag());
        var diagnostics = new DiagnosticBag();
        Assert.Equal(2, ExpertsParser.Parse(File.ReadAllText(indented), indented, diagnostics).Count);
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void A_broken_file_is_left_alone()
    {
        var dir = TestPaths.TempDir();
        var path = Path.Combine(dir, "experts.yml");
        File.WriteAllText(path, "name: [unclosed\n");
        var diagnostics = new DiagnosticBag();
        Assert.Empty(ExpertsFile.Append(path, [E("Erika Muster")], diagnostics));
        Assert.True(diagnostics.HasErrors);
        Assert.Equal("name: [unclosed\n", File.ReadAllText(path));
    }
}
