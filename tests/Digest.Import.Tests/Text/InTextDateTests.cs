using Digest.Import.Text;

namespace Digest.Import.Tests.Text;

public class InTextDateTests
{
    [Theory]
    [InlineData("25 Februar 2022", "2022-02-25")]
    [InlineData("25. Februar 2022", "2022-02-25")]
    [InlineData("20.04.2024 | 02:56 Uhr", "2024-04-20")]
    [InlineData("August 25, 2022", "2022-08-25")]
    [InlineData("Stand: 2023-05-22", "2023-05-22")]
    [InlineData("Veröffentlicht am 3. März 2024, 14:05 Uhr", "2024-03-03")]
    [InlineData("März 2021", "2021-03")]
    public void Datelines_are_recognised(string line, string expected)
    {
        Assert.True(InTextDate.TryParseDateline(line, out var d));
        Assert.Equal(expected, d.ToIso());
    }

    [Theory]
    [InlineData("Der Minister bei einer Rede am 3. Mai 2021 vor Studierenden in der Hauptstadt.")]
    [InlineData("Keine Angabe")]
    [InlineData("31.02.2022")]
    public void Sentences_and_invalid_dates_are_not_datelines(string line)
    {
        Assert.False(InTextDate.TryParseDateline(line, out _));
    }
}
