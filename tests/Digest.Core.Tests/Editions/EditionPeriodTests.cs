using Digest.Core.Model;

namespace Digest.Core.Tests.Editions;

public class EditionPeriodTests
{
    private static EditionPeriod P(string text)
    {
        Assert.True(EditionPeriod.TryParse(text, out var period, out var problem), problem);
        return period;
    }

    private static ArticleDate D(string text)
    {
        Assert.True(ArticleDate.TryParse(text, out var date, out var problem), problem);
        return date;
    }

    [Fact]
    public void An_iso_week_runs_from_monday_to_sunday()
    {
        var week = P("2024-W18");
        Assert.Equal(EditionPeriodKind.Week, week.Kind);
        Assert.Equal(new DateOnly(2024, 4, 29), week.Start);
        Assert.Equal(new DateOnly(2024, 5, 5), week.End);
        Assert.Equal("2024-W18", week.ToIso());
        Assert.Equal("2024-w18", week.Slug);
    }

    [Fact]
    public void Week_one_may_start_in_the_previous_year()
    {
        var week = P("2025-W01");
        Assert.Equal(new DateOnly(2024, 12, 30), week.Start);
        Assert.Equal("2025-W01", week.ToIso());
        Assert.Equal(week, EditionPeriod.WeekOf(new DateOnly(2024, 12, 31)));
    }

    [Fact]
    public void Months_days_and_ranges_parse()
    {
        var month = P("2024-02");
        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)), (month.Start, month.End));
        Assert.Equal(EditionPeriodKind.Day, P("2024-05-02").Kind);
        var range = P("2024-05-02..2024-05-08");
        Assert.Equal((new DateOnly(2024, 5, 2), new DateOnly(2024, 5, 8)), (range.Start, range.End));
        Assert.Equal("2024-05-02..2024-05-08", range.ToIso());
        Assert.Equal("2024-05-02-2024-05-08", range.Slug);
    }

    [Theory]
    [InlineData("2024-W54", "has no week 54")]
    [InlineData("2024-W00", "has no week 0")]
    [InlineData("2024-13", "has no month 13")]
    [InlineData("2024-05-08..2024-05-02", "ends before it starts")]
    [InlineData("2024-05-02..2024-05", "is not a day")]
    [InlineData("last week", "not a date")]
    [InlineData("2024", "is not a day")]
    public void Malformed_periods_say_why(string text, string reason)
    {
        Assert.False(EditionPeriod.TryParse(text, out _, out var problem));
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void Days_and_moments_belong_to_the_period_holding_their_calendar_day()
    {
        var week = P("2024-W18");
        Assert.True(week.Contains(D("2024-04-29")));
        Assert.True(week.Contains(D("2024-05-05T23:30:00+02:00")));
        Assert.False(week.Contains(D("2024-05-06")));
        Assert.False(week.Contains(D("2024-04-28")));
    }

    [Fact]
    public void Month_only_dates_belong_to_the_monthly_edition_only()
    {
        var date = D("2024-05");
        Assert.True(P("2024-05").Contains(date));
        Assert.False(P("2024-05-01..2024-05-31").Contains(date));
        Assert.False(P("2024-W18").Contains(date));
        Assert.Null(EditionPeriod.For(EditionCadence.Weekly, date));
        Assert.Null(EditionPeriod.For(EditionCadence.Daily, date));
        Assert.Equal(P("2024-05"), EditionPeriod.For(EditionCadence.Monthly, date));
        Assert.Null(EditionPeriod.For(EditionCadence.Monthly, D("2024")));
    }

    [Fact]
    public void The_automatic_period_of_a_day_follows_the_cadence()
    {
        var date = D("2024-05-02");
        Assert.Equal(P("2024-W18"), EditionPeriod.For(EditionCadence.Weekly, date));
        Assert.Equal(P("2024-05-02"), EditionPeriod.For(EditionCadence.Daily, date));
        Assert.Equal(P("2024-05"), EditionPeriod.For(EditionCadence.Monthly, date));
        Assert.Null(EditionPeriod.For(EditionCadence.None, date));
    }

    [Fact]
    public void Overlap_is_any_shared_day()
    {
        Assert.True(P("2024-W18").Overlaps(P("2024-05-05..2024-05-08")));
        Assert.False(P("2024-W18").Overlaps(P("2024-05-06..2024-05-08")));
        Assert.True(P("2024-05").Overlaps(P("2024-W18")));
    }
}
