using Digest.TestSupport;
using System.Reflection;
using System.Text.RegularExpressions;
using Digest.Core.Diagnostics;

namespace Digest.Core.Tests.Diagnostics;

/// <summary>The codes users and tools key on: well-formed, unique, each described, and listed in the README.</summary>
public partial class DiagnosticCodesTests
{
    [Fact]
    public void Every_code_is_well_formed_unique_and_described_in_one_line()
    {
        Assert.NotEmpty(DiagnosticCodes.All);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in DiagnosticCodes.All)
        {
            Assert.Matches(CodeForm(), code.Id);
            Assert.True(seen.Add(code.Id), $"{code.Id} is used twice");
            Assert.False(string.IsNullOrWhiteSpace(code.Description), $"{code.Id} has no description");
            Assert.DoesNotContain('\n', code.Description);
            Assert.Equal(code.Description.Trim(), code.Description);
        }
    }

    [Fact]
    public void All_lists_every_code_the_class_defines_in_code_order()
    {
        var defined = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!)
            .ToList();
        Assert.Equal(defined.Select(c => c.Id).Order(StringComparer.Ordinal), DiagnosticCodes.All.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal(DiagnosticCodes.All.Select(c => c.Id).Order(StringComparer.Ordinal), DiagnosticCodes.All.Select(c => c.Id));
    }

    [Fact]
    public void Find_returns_the_code_for_its_id_and_null_for_an_unknown_one()
    {
        Assert.Same(DiagnosticCodes.InvalidDate, DiagnosticCodes.Find("DG1106"));
        Assert.Null(DiagnosticCodes.Find("unknown-topic"));
    }

    [Fact]
    public void The_readme_table_lists_exactly_the_codes_with_their_descriptions()
    {
        var readme = Path.Combine(RepoPaths.Root, "README.md");
        var rows = new List<(string Id, string Description)>();
        foreach (var line in File.ReadLines(readme))
        {
            var match = ReadmeRow().Match(line);
            if (match.Success)
            {
                rows.Add((match.Groups[1].Value, match.Groups[2].Value.Trim()));
            }
        }
        Assert.Equal(DiagnosticCodes.All.Select(c => (c.Id, c.Description)), rows);
    }

    [Fact]
    public void The_text_form_names_the_place_the_severity_and_the_code()
    {
        Assert.Equal("input/articles/x.md:3:7: error DG1106: date is wrong",
            Diagnostic.Error("input/articles/x.md", 3, 7, "date is wrong", DiagnosticCodes.InvalidDate).ToString());
        Assert.Equal("input/site.yml: warning DG5102: no base_url",
            Diagnostic.Warning("input/site.yml", 0, 0, "no base_url", DiagnosticCodes.FeedsWithoutBaseUrl).ToString());
        Assert.Equal("digest: error DG9001: unknown option --ouput",
            Diagnostic.Refusal(DiagnosticCodes.UnknownOption, "unknown option --ouput").ToString());
    }

    [GeneratedRegex("^DG[1-9][0-9]{3}$")]
    private static partial Regex CodeForm();

    /// <summary>A row of the README's code table: <c>| `DG1001` | description |</c>.</summary>
    [GeneratedRegex(@"^\| `(DG[0-9]{4})` \| (.*) \|$")]
    private static partial Regex ReadmeRow();
}
