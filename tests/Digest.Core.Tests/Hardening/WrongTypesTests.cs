namespace Digest.Core.Tests.Hardening;

/// <summary>Fields of the wrong kind: a located error that shows the expected form.</summary>
public class WrongTypesTests
{
    [Theory]
    [InlineData("topics: 5", 4, "topics: [a, b]")]
    [InlineData("experts: {a: 1}", 4, "experts")]
    [InlineData("draft: maybe", 4, "true or false")]
    [InlineData("title2: x\ntags:\n  - [nested]", 0, "")]
    public void A_field_of_the_wrong_type_names_the_expected_form(string field, int line, string hint)
    {
        var (article, diagnostics) = HardeningParse.Article($"---\ntitle: T\ndate: 2024-01-01\n{field}\n---\nText\n");
        if (line == 0)
        {
            // Unknown fields keep whatever shape they have.
            Assert.DoesNotContain(diagnostics, d => d.IsError);
            Assert.NotNull(article);
            return;
        }
        Assert.Null(article);
        var error = HardeningParse.FirstError(diagnostics);
        Assert.Equal(line, error.Line);
        Assert.Contains(hint, error.Message);
    }

    [Theory]
    [InlineData("date: yes", "date")]
    [InlineData("date: 2022-13-45", "not a valid date")]
    [InlineData("date: 2022-02-30", "not a valid date")]
    [InlineData("date: [2022]", "must be a date")]
    [InlineData("date: 99999-01-01", "date")]
    public void Impossible_or_mistyped_dates_show_the_accepted_forms(string dateLine, string hint)
    {
        var (article, diagnostics) = HardeningParse.Article($"---\ntitle: T\n{dateLine}\n---\nText\n");
        Assert.Null(article);
        var error = HardeningParse.FirstError(diagnostics);
        Assert.Equal(3, error.Line);
        Assert.Contains(hint, error.Message);
        Assert.Contains("YYYY-MM-DD", error.Message);
    }

    [Fact]
    public void Missing_title_and_date_are_both_reported_with_examples()
    {
        var (article, diagnostics) = HardeningParse.Article("---\nsummary: Nur eine Zusammenfassung.\n---\nText\n");
        Assert.Null(article);
        var errors = diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Message.Contains("'title'") && e.Message.Contains("e.g."));
        Assert.Contains(errors, e => e.Message.Contains("'date'") && e.Message.Contains("expected"));
    }
}
