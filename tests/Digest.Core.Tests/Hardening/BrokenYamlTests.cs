namespace Digest.Core.Tests.Hardening;

/// <summary>Broken YAML and broken front matter fences: a located error, never an exception or a half-read article.</summary>
public class BrokenYamlTests
{
    [Theory]
    [InlineData("---\ntitle: [a, b\ndate: 2024-01-01\n---\nText\n", "unclosed flow list")]
    [InlineData("---\ntitle: \"never closed\ndate: 2024-01-01\n---\nText\n", "unclosed quote")]
    [InlineData("---\ntitle: T\n\tdate: 2024-01-01\n---\nText\n", "tab indentation")]
    [InlineData("---\ntitle: T\ndate: 2024-01-01\ntitle: U\n---\nText\n", "duplicate key")]
    [InlineData("---\ntitle: {a: 1\ndate: 2024-01-01\n---\nText\n", "unclosed flow map")]
    [InlineData("---\ntitle: T\ndate: 2024-01-01\n  - dangling\n---\nText\n", "stray list item")]
    public void Broken_yaml_is_a_located_error(string text, string why)
    {
        var (article, diagnostics) = HardeningParse.Article(text);
        Assert.True(diagnostics.Any(d => d.IsError), why);
        Assert.Null(article);
        foreach (var error in diagnostics.Where(d => d.IsError))
        {
            Assert.InRange(error.Line, 1, 5);
            Assert.True(error.Column >= 1, why);
            Assert.StartsWith($"{HardeningParse.Path}:{error.Line}:{error.Column}: error DG1", error.ToString());
        }
    }

    [Fact]
    public void A_duplicate_key_is_reported_at_its_second_occurrence()
    {
        var (_, diagnostics) = HardeningParse.Article("---\ntitle: T\ndate: 2024-01-01\ntitle: U\n---\nText\n");
        var error = HardeningParse.FirstError(diagnostics);
        Assert.Equal(4, error.Line);
        Assert.Contains("title", error.Message);
    }

    [Theory]
    [InlineData("", "empty", 1)]
    [InlineData("Just text without front matter.\n", "front matter", 1)]
    [InlineData("---\ntitle: T\ndate: 2024-01-01\nText without a closing fence\n", "never closed", 1)]
    [InlineData("---\n---\nText\n", "title", 2)]
    [InlineData("---\n# nothing yet\n---\nText\n", "title", 3)]
    public void Missing_unclosed_or_empty_front_matter_is_reported_where_it_is_wrong(string text, string hint, int line)
    {
        // The top of the file, except empty front matter: at its closing '---', before which the fields go.
        var (article, diagnostics) = HardeningParse.Article(text);
        Assert.Null(article);
        var error = HardeningParse.FirstError(diagnostics);
        Assert.Equal(line, error.Line);
        Assert.Equal(1, error.Column);
        Assert.Contains(hint, error.Message);
    }

    [Theory]
    [InlineData("\uFEFF---\ntitle: Mit BOM\ndate: 2024-01-01\n---\nText\n")]
    [InlineData("---\r\ntitle: Mit BOM\r\ndate: 2024-01-01\r\n---\r\nText\r\n")]
    [InlineData("\uFEFF---\r\ntitle: Mit BOM\r\ndate: 2024-01-01\r\n---\r\nText\r\n")]
    public void Byte_order_marks_and_crlf_line_ends_just_work(string text)
    {
        var (article, diagnostics) = HardeningParse.Article(text);
        Assert.Empty(diagnostics);
        Assert.NotNull(article);
        Assert.Equal("Mit BOM", article.Title);
        Assert.DoesNotContain('\r', article.Body);
    }
}
