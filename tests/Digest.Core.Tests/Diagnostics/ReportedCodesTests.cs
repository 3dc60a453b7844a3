using Digest.Core.Config;
using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;

namespace Digest.Core.Tests.Diagnostics;

/// <summary>The code and place a user sees for real mistakes in front matter and config files.</summary>
public class ReportedCodesTests
{
    private const string Path = "input/articles/x.md";

    private static Diagnostic OnlyError(string text)
    {
        var bag = new DiagnosticBag();
        ArticleParser.Parse(text, Path, bag);
        return Assert.Single(bag.Sorted(), d => d.IsError);
    }

    [Fact]
    public void A_bad_date_is_DG1106_at_its_value()
    {
        var error = OnlyError("---\ntitle: T\ndate: 2022-02-30\n---\nText\n");
        Assert.StartsWith($"{Path}:3:7: error DG1106: date '2022-02-30' is not a valid date", error.ToString());
    }

    [Fact]
    public void Bad_yaml_is_DG1001_where_it_breaks()
    {
        var error = OnlyError("---\ntitle: T\ndate: 2024-01-01\nsummary: a: b\n---\nText\n");
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.StartsWith($"{Path}:4:11: error DG1001: invalid YAML", error.ToString());
    }

    [Fact]
    public void A_duplicate_key_is_DG1007_at_its_second_occurrence()
    {
        var error = OnlyError("---\ntitle: T\ndate: 2024-01-01\ntitle: U\n---\nText\n");
        Assert.StartsWith($"{Path}:4:1: error DG1007: duplicate key 'title'", error.ToString());
    }

    [Theory]
    [InlineData("", "DG1101")]
    [InlineData("Just text.\n", "DG1102")]
    [InlineData("---\ntitle: T\ndate: 2024-01-01\nText\n", "DG1103")]
    [InlineData("---\ndate: 2024-01-01\n---\nText\n", "DG1105")]
    [InlineData("---\ntitle: T\ndate: 2024-01-01\nslug: Not A Slug\n---\nText\n", "DG1108")]
    [InlineData("---\ntitle: T\ndate: 2024-01-01\ndraft: maybe\n---\nText\n", "DG1008")]
    public void Front_matter_mistakes_have_their_own_codes(string text, string code)
    {
        Assert.Equal(code, OnlyError(text).Code.Id);
    }

    [Fact]
    public void A_malformed_topic_slug_in_topics_yml_is_DG2104_at_the_slug()
    {
        var bag = new DiagnosticBag();
        TopicsParser.Parse("- slug: Süd Korea\n  label: Südkorea\n", "input/topics.yml", bag);
        var error = Assert.Single(bag.Sorted());
        Assert.StartsWith("input/topics.yml:1:9: error DG2104: ", error.ToString());
    }
}
