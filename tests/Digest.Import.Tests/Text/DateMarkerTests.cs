using Digest.Import.Text;

namespace Digest.Import.Tests.Text;

public class DateMarkerTests
{
    [Theory]
    [InlineData(" date 2022-08 Ihre Zusammenarbeit", "2022-08", "Ihre Zusammenarbeit")]
    [InlineData("date 2023-05-14 Text", "2023-05-14", "Text")]
    [InlineData(" date 2021 Text", "2021", "Text")]
    public void Leading_marker_gives_date_and_rest(string input, string date, string rest)
    {
        var remaining = DateMarker.Strip(input, out var d);
        Assert.Equal(date, d?.ToIso());
        Assert.Equal(rest, remaining);
    }

    [Theory]
    [InlineData("Kein Marker 2022-08")]
    [InlineData(" date 2022-13 falscher Monat")]
    [InlineData(" dates 2022-08 anders")]
    [InlineData(" date 2022-08x klebt")]
    public void Anything_else_is_left_alone(string input)
    {
        Assert.Equal(input, DateMarker.Strip(input, out var d));
        Assert.Null(d);
    }
}
