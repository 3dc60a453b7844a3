using Digest.Import.Web;

namespace Digest.Cli.Tests.Web;

/// <summary>Feed dates as publishers write them: RFC 822 with numeric or named zones (RSS), ISO 8601 (Atom, Dublin Core).</summary>
public class FeedDateTests
{
    [Theory]
    [InlineData("Fri, 10 May 2024 09:30:00 GMT", "2024-05-10T09:30:00+00:00")]
    [InlineData("Fri, 10 May 2024 09:30:00 +0200", "2024-05-10T09:30:00+02:00")]
    [InlineData("10 May 2024 09:30:00 EST", "2024-05-10T09:30:00-05:00")]
    [InlineData("Fri, 10 May 2024 09:30 CEST", "2024-05-10T09:30:00+02:00")]
    [InlineData("2024-05-10T09:30:00+01:00", "2024-05-10T09:30:00+01:00")]
    [InlineData("2024-05-10T09:30:00Z", "2024-05-10T09:30:00+00:00")]
    public void Dates_keep_their_time_and_offset(string text, string expected)
    {
        var date = FeedReader.ParseDate(text);
        Assert.NotNull(date);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Value);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, date.Value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sometime last week")]
    public void Text_that_is_no_date_gives_none(string text) => Assert.Null(FeedReader.ParseDate(text));
}
