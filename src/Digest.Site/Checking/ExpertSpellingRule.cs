using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Site.Indexing;

namespace Digest.Site.Checking;

/// <summary>
/// The same expert written two ways across articles: either spellings that the build merges silently
/// (<c>Müller</c>/<c>Muller</c>), or near misses it publishes as two people (<c>Marquardt</c>/<c>Marquart</c>).
/// Names and aliases declared in experts.yml count as intended.
/// </summary>
internal sealed class ExpertSpellingRule : ICheckRule
{
    public void Check(CheckContext context, DiagnosticBag diagnostics)
    {
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        var declaredSpellings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var def in context.Content.Experts)
        {
            var key = NameKey.ForPerson(def.Name);
            declared.TryAdd(key, key);
            declaredSpellings.Add(ExpertSpelling.Spelling(def.Name));
            foreach (var alias in def.Aliases)
            {
                declared.TryAdd(NameKey.ForPerson(alias), key);
                declaredSpellings.Add(ExpertSpelling.Spelling(alias));
            }
        }

        // Mentions grouped by the person they resolve to, in file order (articles are loaded sorted by path).
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        var order = new List<Person>();
        foreach (var article in context.Content.Articles)
        {
            foreach (var mention in article.Experts)
            {
                var key = NameKey.ForPerson(mention.Name);
                if (key.Length == 0)
                {
                    continue;
                }
                var isDeclared = declared.TryGetValue(key, out var canonical);
                canonical ??= key;
                if (!people.TryGetValue(canonical, out var person))
                {
                    person = new Person(canonical, isDeclared);
                    people[canonical] = person;
                    order.Add(person);
                }
                person.Mentions.Add((article, mention));
            }
        }

        foreach (var person in order)
        {
            ReportSpellingVariants(person, declaredSpellings, diagnostics);
        }
        for (var i = 0; i < order.Count; i++)
        {
            for (var j = i + 1; j < order.Count; j++)
            {
                var (a, b) = (order[i], order[j]);
                if ((a.Declared && b.Declared) || !ExpertSpelling.LookAlike(a.Key, b.Key))
                {
                    continue;
                }
                // Flag the undeclared one, else the rarer one (the later one on a tie).
                var (odd, usual) = a.Declared ? (b, a) : b.Declared ? (a, b) : a.Mentions.Count < b.Mentions.Count ? (a, b) : (b, a);
                var (firstArticle, firstMention) = usual.Mentions[0];
                foreach (var (article, mention) in odd.Mentions)
                {
                    diagnostics.Warning(article.SourcePath, mention.Span.Line, mention.Span.Column,
                        $"expert '{mention.Name}' looks like '{firstMention.Name}' ({firstArticle.SourcePath}:{firstMention.Span.Line}); if this is the same person, use one spelling or add this one as an alias in experts.yml", DiagnosticCodes.ExpertSpelling);
                }
            }
        }
    }

    /// <summary>Same key, different letters: the site would show whichever spelling came first.</summary>
    private static void ReportSpellingVariants(Person person, HashSet<string> declaredSpellings, DiagnosticBag diagnostics)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstOf = new Dictionary<string, (Article Article, ExpertRef Mention)>(StringComparer.Ordinal);
        foreach (var (article, mention) in person.Mentions)
        {
            var spelling = ExpertSpelling.Spelling(mention.Name);
            counts[spelling] = counts.GetValueOrDefault(spelling) + 1;
            firstOf.TryAdd(spelling, (article, mention));
        }
        if (counts.Count < 2)
        {
            return;
        }
        // The most frequent spelling is taken as intended; ties go to the first seen.
        string? usual = null;
        foreach (var (spelling, count) in counts)
        {
            if (usual is null || count > counts[usual])
            {
                usual = spelling;
            }
        }
        var (usualArticle, usualMention) = firstOf[usual!];
        foreach (var (article, mention) in person.Mentions)
        {
            var spelling = ExpertSpelling.Spelling(mention.Name);
            if (spelling == usual || declaredSpellings.Contains(spelling))
            {
                continue;
            }
            diagnostics.Warning(article.SourcePath, mention.Span.Line, mention.Span.Column,
                $"expert '{mention.Name}' is written '{usualMention.Name}' in {usualArticle.SourcePath}:{usualMention.Span.Line}; use one spelling (or add this one as an alias in experts.yml)", DiagnosticCodes.ExpertSpelling);
        }
    }

    private sealed class Person(string key, bool declared)
    {
        public string Key { get; } = key;

        public bool Declared { get; } = declared;

        public List<(Article Article, ExpertRef Mention)> Mentions { get; } = [];
    }
}
