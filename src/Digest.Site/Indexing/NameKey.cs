using System.Text;
using Digest.Core.Text;

namespace Digest.Site.Indexing;

/// <summary>
/// The key under which topic and expert names are matched: folded case and diacritics,
/// single spaces, and for people without academic titles ("Dr. Lena Marquardt" = "Lena Marquardt").
/// </summary>
internal static class NameKey
{
    private static readonly string[] Titles = ["dr.", "dr", "prof.", "prof", "professor", "professorin", "pd", "ing.", "mag.", "phd"];

    public static string ForTopic(string name) => Collapse(SearchFolding.Fold(name));

    public static string ForPerson(string name)
    {
        var words = Collapse(SearchFolding.Fold(name)).Split(' ');
        var start = 0;
        while (start < words.Length - 1 && Array.IndexOf(Titles, words[start]) >= 0)
        {
            start++;
        }
        return string.Join(' ', words, start, words.Length - start);
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
