using Digest.Import.Model;
using static Digest.Import.People.NameKeys;
using static Digest.Import.People.WordSearch;

namespace Digest.Import.People;

/// <summary>
/// Leaves out the person an article is about: an expert named in the headline whose assessment the article never
/// reports (no quotation attributed, no reporting verb with their name) is its subject, profiled, criticised or reported
/// on, not a source. They go to the other people.
/// </summary>
internal sealed class ArticleSubjectFilter(Lexicon lexicon)
{
    /// <summary>How many words may stand between a reporting verb and the surname it reports ("sagte der Ökonom Hans NAME").</summary>
    private const int VerbBeforeName = 4;

    /// <summary>How many words may stand between the surname and its verb ("NAME also warned").</summary>
    private const int VerbAfterName = 2;

    internal void Apply(string? title, IReadOnlyList<string> paragraphs, List<ImportedExpert> experts, List<string> people)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return;
        }
        for (var g = experts.Count - 1; g >= 0; g--)
        {
            var e = experts[g];
            var surname = LastToken(e.Name);
            var inTitle = IndexOfWord(title, surname);
            if (e.Quotes.Count > 0 || inTitle < 0 || SpeaksInTitle(title, inTitle + surname.Length)
                || IsReported(surname, [title]) || IsReported(surname, paragraphs))
            {
                continue;
            }
            experts.RemoveAt(g);
            if (!people.Contains(e.Name))
            {
                people.Add(e.Name);
            }
        }
    }

    /// <summary>"NAME: Große Hitze kommt noch": a headline that gives the person's words after a colon quotes them.</summary>
    private static bool SpeaksInTitle(string title, int afterSurname)
    {
        var k = afterSurname;
        while (k < title.Length && title[k] == ' ')
        {
            k++;
        }
        return k < title.Length && title[k] == ':';
    }

    /// <summary>Whether a reporting verb or an attribution word ("laut", "according to") stands with the surname in a clause.</summary>
    private bool IsReported(string surname, IReadOnlyList<string> paragraphs)
    {
        foreach (var p in paragraphs)
        {
            if (IndexOfWord(p, surname) < 0)
            {
                continue;
            }
            var t = Tokenizer.Tokenize(p, lexicon.Honorifics);
            for (var i = 0; i < t.Count; i++)
            {
                if (t[i].Text == surname && (ReportsBefore(t, i) || ReportsAfter(t, i)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private bool ReportsBefore(List<Token> t, int name)
    {
        for (var k = name - 1; k >= 0 && name - k <= VerbBeforeName && t[k].IsWord; k--)
        {
            if (IsReportingWord(t[k].Text))
            {
                return true;
            }
        }
        return false;
    }

    private bool ReportsAfter(List<Token> t, int name)
    {
        var from = name + 1;
        if (from < t.Count && t[from].Text == ",")
        {
            // "…, NAME, hält das für möglich": the verb after an apposition's closing comma.
            from++;
        }
        for (var k = from; k < t.Count && k - from < VerbAfterName + 1; k++)
        {
            if (!t[k].IsWord)
            {
                // "NAME: …" introduces what they say.
                return t[k].Text == ":" && k == from;
            }
            if (IsReportingWord(t[k].Text))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsReportingWord(string word) => lexicon.ReportingVerbs.Contains(word) || lexicon.AttributionWords.Contains(word);
}
