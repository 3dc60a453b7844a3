using System.Text;
using Digest.Core.Model;
using Digest.Import.Model;
using Digest.Import.Pipeline;

namespace Digest.Import.Writing;

/// <summary>Writes an imported article as front-mattered Markdown that <c>ArticleParser</c> reads back.</summary>
internal static class FrontMatterWriter
{
    private const int PlaceholderWords = 8;

    /// <summary>A first sentence up to this long is a usable headline.</summary>
    private const int GuessedWords = 14;

    /// <summary>The full file text with the <c>import_hash</c> of everything else; <paramref name="fallbackDate"/> stands in for a missing date.</summary>
    public static string Write(ImportedArticle a, string sourceFile, ArticleDate fallbackDate)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        if (a.Title is null)
        {
            sb.Append("# The source has no headline: this title is guessed from the lead.\n");
        }
        sb.Append("title: ").Append(YamlText.Quote(a.Title ?? PlaceholderTitle(a))).Append('\n');
        if (a.Title is null)
        {
            sb.Append("title_guessed: true\n");
        }
        if (a.Date is { } date)
        {
            sb.Append("date: ").Append(date.ToIso()).Append('\n');
        }
        else
        {
            sb.Append("# The source has no date: this is the day of the import.\n");
            sb.Append("date: ").Append(fallbackDate.ToIso()).Append('\n');
        }
        if (a.NoTextKept)
        {
            sb.Append("# Every paragraph of the source was taken for page debris: the article text is in the source file.\n");
        }
        if (a.Draft)
        {
            sb.Append("draft: true\n");
        }
        if (a.Topics.Count > 0)
        {
            sb.Append("topics: ").Append(YamlText.FlowList(a.Topics)).Append('\n');
        }
        if (a.Experts.Count > 0)
        {
            sb.Append("experts:\n");
            foreach (var e in a.Experts)
            {
                sb.Append("  - name: ").Append(YamlText.Quote(e.Name)).Append('\n');
                if (!string.IsNullOrEmpty(e.Role))
                {
                    sb.Append("    role: ").Append(YamlText.Quote(e.Role)).Append('\n');
                }
                if (!string.IsNullOrEmpty(e.Org))
                {
                    sb.Append("    org: ").Append(YamlText.Quote(e.Org)).Append('\n');
                }
                if (e.Quotes.Count > 0)
                {
                    sb.Append("    quotes:\n");
                    foreach (var q in e.Quotes)
                    {
                        sb.Append("      - ").Append(YamlText.Quote(q)).Append('\n');
                    }
                }
            }
        }
        if (a.People.Count > 0)
        {
            sb.Append("people: ").Append(YamlText.FlowList(a.People)).Append('\n');
        }
        AppendField(sb, "author", a.Author);
        AppendField(sb, "summary", a.Summary);
        AppendField(sb, "source", a.Source);
        AppendField(sb, "source_url", a.SourceUrl);
        sb.Append("lang: ").Append(a.Lang).Append('\n');
        if (a.ImageSrc is not null || a.ImageCaption is not null || a.ImageCredit is not null)
        {
            sb.Append("image:\n");
            AppendField(sb, "  src", a.ImageSrc);
            AppendField(sb, "  caption", a.ImageCaption);
            AppendField(sb, "  credit", a.ImageCredit);
        }
        AppendField(sb, "source_file", sourceFile);
        var closing = new StringBuilder("---\n\n").Append(a.Body).ToString();
        var hash = ImportHash.Compute(sb + closing);
        sb.Append(ImportHash.Field).Append(' ').Append(YamlText.Quote(hash)).Append('\n');
        sb.Append(closing);
        return sb.ToString();
    }

    private static void AppendField(StringBuilder sb, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            sb.Append(name).Append(": ").Append(YamlText.Quote(value)).Append('\n');
        }
    }

    /// <summary>
    /// A title proposed from the lead for a source without headline: its first sentence when that is short enough for a
    /// headline, else its first words; the article says so with <c>title_guessed: true</c>.
    /// </summary>
    public static string PlaceholderTitle(ImportedArticle a)
    {
        const string untitled = "Ohne Titel";
        var text = a.Summary ?? untitled;
        var end = FirstSentenceEnd(text);
        if (end > 0)
        {
            var sentence = text[..end].Trim();
            if (sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= GuessedWords)
            {
                text = sentence;
            }
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var title = words.Length <= GuessedWords ? text.TrimEnd('.').Trim() : string.Join(' ', words[..PlaceholderWords]).TrimEnd(',', ':', ';') + " …";
        // A lead of only punctuation (".") would give an empty title, which the site build rejects.
        return title.Length == 0 ? untitled : title;
    }

    /// <summary>The index after the first sentence's final mark (a period after a digit or a single capital is no end: "3. Mai", "J. Doe").</summary>
    private static int FirstSentenceEnd(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?') || i + 1 < text.Length && text[i + 1] != ' ')
            {
                continue;
            }
            if (text[i] == '.' && (char.IsDigit(text[i - 1]) || i >= 2 && char.IsUpper(text[i - 1]) && text[i - 2] == ' '))
            {
                continue;
            }
            return i + 1;
        }
        return -1;
    }
}
