using Digest.Core.Diagnostics;
using Digest.Core.Model;

namespace Digest.Site.Indexing;

/// <summary>
/// Maps expert names as written to one expert each (names and aliases from experts.yml, academic titles ignored).
/// Experts missing from experts.yml get a profile from what the articles say about them.
/// </summary>
internal sealed class ExpertResolver
{
    private readonly Dictionary<string, Expert> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Expert> _bySlug = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;

    /// <summary>Keys of names exactly as written: the same experts are cited thousands of times, and folding a name is the costly part.</summary>
    private readonly Dictionary<string, string> _keyByName = new(StringComparer.Ordinal);

    public ExpertResolver(IReadOnlyList<ExpertDefinition> definitions, DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        foreach (var def in definitions)
        {
            var key = NameKey.ForPerson(def.Name);
            if (_byKey.ContainsKey(key))
            {
                continue;
            }
            var expert = new Expert(UniqueSlug(def.Name), def.Name, def.Aliases, defined: true)
            {
                Role = def.Role,
                Org = def.Org,
                Bio = def.Bio,
                Url = def.Url,
            };
            _bySlug[expert.Slug] = expert;
            _byKey[key] = expert;
        }
        foreach (var def in definitions)
        {
            var expert = _byKey[NameKey.ForPerson(def.Name)];
            foreach (var alias in def.Aliases)
            {
                _byKey.TryAdd(NameKey.ForPerson(alias), expert);
            }
        }
    }

    /// <summary>The expert named in <paramref name="mention"/>; articles are resolved newest first, so undefined experts take their newest role.</summary>
    public Expert? Resolve(ExpertRef mention, ArticleEntry article)
    {
        if (!_keyByName.TryGetValue(mention.Name, out var key))
        {
            key = NameKey.ForPerson(mention.Name);
            _keyByName[mention.Name] = key;
        }
        if (key.Length == 0)
        {
            return null;
        }
        if (!_byKey.TryGetValue(key, out var expert))
        {
            var slug = Core.Text.Slug.From(mention.Name);
            if (slug.Length == 0)
            {
                return null;
            }
            if (_bySlug.ContainsKey(slug))
            {
                var unique = UniqueSlug(mention.Name);
                _diagnostics.Warning(article.Article.SourcePath, mention.Span.Line, mention.Span.Column,
                    $"expert '{mention.Name}' has the same address as '{_bySlug[slug].Name}'; published as '{unique}' (add one as an alias of the other in experts.yml if they are the same person)", DiagnosticCodes.ExpertSlugTaken);
            }
            expert = new Expert(UniqueSlug(mention.Name), mention.Name.Trim(), [], defined: false);
            _bySlug[expert.Slug] = expert;
            _byKey[key] = expert;
        }
        if (!expert.Defined)
        {
            expert.Role ??= mention.Role;
            expert.Org ??= mention.Org;
        }
        return expert;
    }

    /// <summary>Experts with at least one article, ordered by name.</summary>
    public List<Expert> Used()
    {
        var used = new List<Expert>();
        foreach (var expert in _bySlug.Values)
        {
            if (expert.Articles.Count > 0)
            {
                used.Add(expert);
            }
        }
        // Sort names are made once per expert, not twice per comparison.
        var keyed = new (string SortName, Expert Expert)[used.Count];
        for (var i = 0; i < keyed.Length; i++)
        {
            keyed[i] = (SortName(used[i].Name), used[i]);
        }
        Array.Sort(keyed, static (a, b) =>
        {
            var c = string.Compare(a.SortName, b.SortName, StringComparison.InvariantCultureIgnoreCase);
            return c != 0 ? c : string.CompareOrdinal(a.Expert.Slug, b.Expert.Slug);
        });
        for (var i = 0; i < keyed.Length; i++)
        {
            used[i] = keyed[i].Expert;
        }
        return used;
    }

    /// <summary>Directories sort people by surname.</summary>
    public static string SortName(string name)
    {
        var key = NameKey.ForPerson(name);
        var space = key.LastIndexOf(' ');
        return space < 0 ? key : key[(space + 1)..] + " " + key[..space];
    }

    private string UniqueSlug(string name)
    {
        var wanted = Core.Text.Slug.From(name);
        if (wanted.Length == 0)
        {
            wanted = "expert";
        }
        var slug = wanted;
        for (var n = 2; _bySlug.ContainsKey(slug); n++)
        {
            slug = $"{wanted}-{n}";
        }
        return slug;
    }
}
