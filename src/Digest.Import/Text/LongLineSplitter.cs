using System.Text.RegularExpressions;

namespace Digest.Import.Text;

/// <summary>
/// Cuts an overlong line of a text dump into its sentences. The boilerplate rules judge one line at a time, as one
/// paragraph; a dump saved without line breaks is the whole page on one line, and one consent blurb or promo in it
/// would take the article with it. Its sentences are judged one by one instead, and the kept ones of one line are
/// joined again into one paragraph (<see cref="TextUnit.Line"/>), so a long paragraph nothing matches is unchanged.
/// </summary>
internal static partial class LongLineSplitter
{
    /// <summary>
    /// Longer than any paragraph of a news page (the longest in the development texts has under 1,000 characters):
    /// such a line holds several paragraphs or a whole page.
    /// </summary>
    public const int LongLine = 1200;

    /// <summary>A sentence's end (after its closing quote or bracket) and the space before the next sentence's capital, digit or opening quote.</summary>
    [GeneratedRegex(@"(?<=[.!?…]['""“”’»«)]?)\s+(?=[\p{Lu}\d„""“«»‚(])")]
    private static partial Regex SentenceGap();

    /// <summary>
    /// In a page of at most this many lines, the line breaks were lost (a page has a headline, paragraphs and debris):
    /// every line longer than <see cref="GluedLine"/> is cut, not only the overlong ones.
    /// </summary>
    public const int GluedPageLines = 3;

    /// <summary>Longer than a headline or a caption: a line of a page without line breaks that holds more than one block.</summary>
    public const int GluedLine = 200;

    /// <summary>The longest line a page of <paramref name="lines"/> lines that are not blank leaves uncut.</summary>
    public static int LongestUncut(int lines) => lines <= GluedPageLines ? GluedLine : LongLine;

    /// <summary>The line's pieces: the line itself when it is not longer than <paramref name="longestUncut"/> or has no sentence breaks.</summary>
    public static IReadOnlyList<string> Split(string line, int longestUncut = LongLine)
    {
        if (line.Length <= longestUncut)
        {
            return [line];
        }
        var pieces = new List<string>();
        var start = 0;
        foreach (var gap in SentenceGap().EnumerateMatches(line))
        {
            if (gap.Index > start)
            {
                pieces.Add(line[start..gap.Index]);
            }
            start = gap.Index + gap.Length;
        }
        if (start < line.Length)
        {
            pieces.Add(line[start..]);
        }
        return pieces;
    }
}
