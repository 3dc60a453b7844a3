using static Digest.Import.People.NameKeys;
using static Digest.Import.People.WordSearch;

namespace Digest.Import.People;

/// <summary>People the lexicon knows by name (they count as officials), and the byline's names, which are left out.</summary>
internal static class KnownNames
{
    internal static void AddKnownPeople(Lexicon lexicon, string all, List<Mention> mentions)
    {
        // Only the forms that occur in the text at all are searched for as whole words.
        var present = lexicon.KnownPeopleForms.Present(all);
        var f = 0;
        foreach (var person in lexicon.KnownPeople)
        {
            string? best = null;
            var position = int.MaxValue;
            foreach (var form in person.Names)
            {
                if (!present[f++])
                {
                    continue;
                }
                var at = IndexOfWord(all, form);
                if (at >= 0 && (best is null || form.Length > best.Length))
                {
                    best = form;
                    position = Math.Min(position, at);
                }
            }
            if (best is not null)
            {
                mentions.Add(new Mention { Name = best, Priority = 0, Position = position, Kind = RoleKind.Official });
            }
        }
    }

    internal static HashSet<string> AuthorNames(string? author)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(author))
        {
            return set;
        }
        foreach (var part in author.Split([",", " und ", " and ", " & "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            set.Add(Key(part));
            set.Add(Key(LastToken(part)));
        }
        return set;
    }
}
