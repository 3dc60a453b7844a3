using static Digest.Import.People.NameKeys;
using static Digest.Import.People.PeopleWords;

namespace Digest.Import.People;

/// <summary>Merges the expert mentions into experts: full names first, then surnames join them.</summary>
internal sealed class ExpertGrouper(Lexicon lexicon)
{
    internal List<ExpertGroup> GroupExperts(List<Mention> mentions, HashSet<string> excluded)
    {
        foreach (var m in mentions)
        {
            m.IsExpert = m.Kind == RoleKind.Expert
                || m.Kind == RoleKind.Conditional && m.Orgs.Exists(lexicon.IsResearchOrg);
        }
        var groups = new List<ExpertGroup>();
        var ordered = mentions.FindAll(static m => m.IsExpert);
        ordered.Sort(static (a, b) => a.Position.CompareTo(b.Position));
        // Full names first, then surnames attach to them.
        var byName = new CompatibleNameIndex();
        foreach (var m in ordered)
        {
            if (!m.Name.Contains(' ') || excluded.Contains(Key(m.Name)))
            {
                continue;
            }
            var first = byName.First(Key(m.Name));
            ExpertGroup g;
            if (first < 0)
            {
                g = new ExpertGroup(m.Name, m.Position) { FamilyNameFirst = m.FamilyNameFirst };
                byName.Add(groups.Count, Key(g.Name));
                groups.Add(g);
            }
            else
            {
                g = groups[first];
                if (m.Name.Length > g.Name.Length)
                {
                    byName.Remove(first, Key(g.Name));
                    g.Name = m.Name;
                    byName.Add(first, Key(g.Name));
                }
            }
            g.Mentions.Add(m);
        }
        var bySurname = new Dictionary<string, List<ExpertGroup>>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            AddBySurname(bySurname, g);
        }
        Dictionary<string, Mention>? fullBySurname = null;
        foreach (var m in ordered)
        {
            if (m.Name.Contains(' ') || excluded.Contains(Key(m.Name)))
            {
                continue;
            }
            var g = BestBySurname(bySurname, m.Name, m.Position);
            if (g is null)
            {
                // A surname alone: use the full form if the article gives it elsewhere.
                fullBySurname ??= FirstFullNameBySurname(mentions);
                var full = fullBySurname.GetValueOrDefault(Key(m.Name));
                if (full is null && m.NeedsFullName)
                {
                    continue;
                }
                g = new ExpertGroup(full?.Name ?? m.Name, m.Position) { FamilyNameFirst = full?.FamilyNameFirst ?? false };
                groups.Add(g);
                AddBySurname(bySurname, g);
            }
            g.Mentions.Add(m);
        }
        foreach (var g in groups)
        {
            // The fullest introduction (role with organisation) describes the person best.
            var main = g.Mentions.OrderByDescending(static m => m.Priority * 10 + (m.Orgs.Count > 0 ? 5 : 0)).ThenBy(static m => m.Position).First();
            var roles = new List<string>();
            var orgs = new List<string>();
            foreach (var m in g.Mentions.OrderByDescending(static m => m.Priority * 10 + (m.Orgs.Count > 0 ? 5 : 0)).ThenBy(static m => m.Position))
            {
                foreach (var r in m.Roles)
                {
                    if (m != main && m.Priority < 3)
                    {
                        continue;
                    }
                    if (r.Length == 0 || (GenericRoles.Contains(r) && (roles.Count > 0 || m != main)) || roles.Exists(x => x.Contains(r, StringComparison.OrdinalIgnoreCase)))
                    {
                        continue;
                    }
                    if (m != main && r.Contains('-') && r[..r.IndexOf('-')].All(char.IsUpper))
                    {
                        continue;
                    }
                    roles.Add(r);
                }
                foreach (var o in m.Orgs)
                {
                    if (!orgs.Exists(x => x.Contains(o, StringComparison.Ordinal) || o.Contains(x, StringComparison.Ordinal)))
                    {
                        orgs.Add(o);
                    }
                }
            }
            g.Role = roles.Count == 0 ? null : string.Join(", ", roles);
            g.Org = orgs.Count == 0 ? null : string.Join("; ", orgs);
            foreach (var m in g.Mentions)
            {
                g.Positions.Add(m.Position);
            }
        }
        groups.Sort(static (a, b) => a.Position.CompareTo(b.Position));
        return groups;
    }

    /// <summary>Groups by the key of their surname, in the order they were made.</summary>
    private static void AddBySurname(Dictionary<string, List<ExpertGroup>> bySurname, ExpertGroup g)
    {
        var key = Key(g.Surname);
        if (!bySurname.TryGetValue(key, out var list))
        {
            list = [];
            bySurname[key] = list;
        }
        list.Add(g);
    }

    /// <summary>For each surname key, the first mention (in scanning order) of a full name ending in it.</summary>
    internal static Dictionary<string, Mention> FirstFullNameBySurname(List<Mention> mentions)
    {
        var result = new Dictionary<string, Mention>(StringComparer.Ordinal);
        foreach (var o in mentions)
        {
            if (o.Name.Contains(' '))
            {
                result.TryAdd(Key(o.Surname), o);
            }
        }
        return result;
    }

    private static ExpertGroup? BestBySurname(Dictionary<string, List<ExpertGroup>> bySurname, string surname, int position)
    {
        ExpertGroup? best = null;
        if (!bySurname.TryGetValue(Key(surname), out var groups))
        {
            return null;
        }
        foreach (var g in groups)
        {
            // With several people of one surname, the one introduced last before this mention is meant.
            if (best is null || (g.Position <= position && (best.Position > position || g.Position > best.Position)))
            {
                best = g;
            }
        }
        return best;
    }
}
