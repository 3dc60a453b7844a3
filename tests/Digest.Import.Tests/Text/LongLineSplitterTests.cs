using Digest.Import.Text;

namespace Digest.Import.Tests.Text;

public class LongLineSplitterTests
{
    [Fact]
    public void A_paragraph_of_normal_length_stays_whole()
    {
        var line = "Der Rat hat getagt. Er hat beschlossen. Die Sitzung endete am Abend.";
        Assert.Equal([line], LongLineSplitter.Split(line));
    }

    [Fact]
    public void An_overlong_line_is_cut_at_its_sentences_and_nothing_of_it_is_lost()
    {
        var sentences = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            sentences.Add(i % 3 == 0 ? $"„Der Haushalt {i} ist knapp“, sagte sie." : $"Der Rat beriet {i} Stunden über den Haushalt der Stadt!");
        }
        var line = string.Join(" ", sentences);
        Assert.True(line.Length > LongLineSplitter.LongLine);
        var pieces = LongLineSplitter.Split(line);
        Assert.Equal(sentences, pieces);
        Assert.Equal(line, string.Join(" ", pieces));
    }

    [Fact]
    public void An_overlong_line_without_sentence_ends_stays_whole()
    {
        var line = string.Concat(Enumerable.Repeat("Wort Wort, Wort „Zitat ohne Ende ", 100)).Trim();
        Assert.Equal([line], LongLineSplitter.Split(line));
    }

    [Fact]
    public void A_page_of_few_lines_has_lost_its_line_breaks_and_is_cut_sooner()
    {
        Assert.Equal(LongLineSplitter.GluedLine, LongLineSplitter.LongestUncut(1));
        Assert.Equal(LongLineSplitter.LongLine, LongLineSplitter.LongestUncut(40));
        var line = "Die Stadt plant einen neuen Park am Fluss. " + string.Concat(Enumerable.Repeat("Die Bäume werden im Herbst gepflanzt. ", 6)).Trim();
        Assert.Equal([line], LongLineSplitter.Split(line));
        Assert.Equal(7, LongLineSplitter.Split(line, LongLineSplitter.LongestUncut(1)).Count);
    }
}
