using Digest.Core.Model;

namespace Digest.Core.Tests.Model;

public class ArticleDateTests
{
    [Theory]
    [InlineData("2022", DatePrecision.Year, "2022")]
    [InlineData("2022-08", DatePrecision.Month, "2022-08")]
    [InlineData("2022-08-14", DatePrecision.Day, "2022-08-14")]
    [InlineData("2024-05-02T09:30:00+02:00", DatePrecision.Time, "2024-05-02T09:30:00+02:00")]
    [InlineData("2024-05-02T09:30+02:00", DatePrecision.Time, "2024-05-02T09:30:00+02:00")]
    [InlineData("2024-05-02 09:30:00Z", DatePrecision.Time, "2024-05-02T09:30:00+00:00")]
    [InlineData("2020-12-02T16:33:00-05:00", DatePrecision.Time, "2020-12-02T16:33:00-05:00")]
    public void Keeps_the_precision_it_was_given(string text, DatePrecision precision, string iso)
    {
        Assert.True(ArticleDate.TryParse(text, out var date, out var problem), problem);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(iso, date.ToIso());
    }

    [Theory]
    [InlineData("2022-13-01", "month 13")]
    [InlineData("2022-13-45", "month 13")]
    [InlineData("2022-02-30", "day 30")]
    [InlineData("yes", "not a date")]
    [InlineData("14.08.2022", "not a date")]
    [InlineData("2022-08-14T25:00:00", "time of day")]
    [InlineData("2022-08-14T10:00:00+25:00", "offset")]
    public void Rejects_impossible_dates_with_a_reason(string text, string reason)
    {
        Assert.False(ArticleDate.TryParse(text, out _, out var problem));
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void Orders_by_moment_then_precision()
    {
        ArticleDate.TryParse("2022-08", out var month, out _);
        ArticleDate.TryParse("2022-08-01", out var day, out _);
        ArticleDate.TryParse("2022-07-31T23:00:00-02:00", out var moment, out _);
        Assert.True(month < day);
        Assert.True(day < moment);
    }
}
