using System.Text;
using System.Text.RegularExpressions;
using Digest.Core.Text;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Text;

namespace Digest.Import.People;

// Merging mentions into experts and the other people named.
public sealed partial class PeopleExtractor
{
    private List<ExpertGroup> GroupExperts(List<Mention> mentions, HashSet<string> excluded)
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
        foreach (var m in ordered)
        {
            if (!m.Name.Contains(' ') || excluded.Contains(Key(m.Name)))
            {
                continue;
            }
            var g = groups.Find(g => Compatible(g.Name, m.Name));
            if (g is null)
            {
                g = new ExpertGroup(m.Name, m.Position);
                groups.Add(g);
            }
            else if (m.Name.Length > g.Name.Length)
            {
                g.Name = m.Name;
            }
            g.Mentions.Add(m);
        }
        foreach (var m in ordered)
        {
            if (m.Name.Contains(' ') || excluded.Contains(Key(m.Name)))
            {
                continue;
            }
            var g = BestBySurname(groups, m.Name, m.Position);
            if (g is null)
            {
                // A surname alone: use the full form if the article gives it elsewhere.
                var full = mentions.Find(o => o.Name.Contains(' ') && Key(LastToken(o.Name)) == Key(m.Name));
                if (full is null && m.NeedsFullName)
                {
                    continue;
                }
                g = new ExpertGroup(full?.Name ?? m.Name, m.Position);
                groups.Add(g);
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

    private static ExpertGroup? BestBySurname(List<ExpertGroup> groups, string surname, int position)
    {
        ExpertGroup? best = null;
        var key = Key(surname);
        foreach (var g in groups)
        {
            if (Key(g.Surname) != key)
            {
                continue;
            }
            // With several people of one surname, the one introduced last before this mention is meant.
            if (best is null || (g.Position <= position && (best.Position > position || g.Position > best.Position)))
            {
                best = g;
            }
        }
        return best;
    }

    /// <summary>Same person: equal names, or one is the other without given names ("Hilpert", "Hanns Günther Hilpert").</summary>
    private static bool Compatible(string a, string b)
    {
        var ka = Key(a);
        var kb = Key(b);
        if (ka == kb)
        {
            return true;
        }
        var (shorter, longer) = ka.Length < kb.Length ? (ka, kb) : (kb, ka);
        if (!longer.EndsWith(" " + shorter, StringComparison.Ordinal) && !longer.StartsWith(shorter + " ", StringComparison.Ordinal))
        {
            return false;
        }
        // "Anna Weber" and "Max Weber" differ; "Hanns Hilpert" and "Hanns Günther Hilpert" do not.
        var sa = shorter.Split(' ');
        var la = longer.Split(' ');
        return sa.Length == 1 || sa[0] == la[0];
    }

    private List<string> CollectPeople(List<Mention> mentions, List<ExpertGroup> experts, HashSet<string> excluded)
    {
        var names = new List<(string Name, int Position)>();
        var ordered = mentions.FindAll(static m => !m.IsExpert);
        ordered.Sort(static (a, b) => a.Position.CompareTo(b.Position));
        foreach (var m in ordered)
        {
            var key = Key(m.Name);
            if (excluded.Contains(key) || excluded.Contains(Key(LastToken(m.Name))))
            {
                continue;
            }
            if (m.NeedsFullName && !mentions.Exists(o => o.Name.Contains(' ') && Key(LastToken(o.Name)) == key))
            {
                continue;
            }
            if (experts.Exists(e => Compatible(e.Name, m.Name)) || experts.Exists(e => e.Mentions.Exists(x => Key(x.Name) == key)))
            {
                continue;
            }
            var index = names.FindIndex(n => SameOrPart(n.Name, m.Name));
            if (index < 0)
            {
                names.Add((m.Name, m.Position));
            }
            else if (TokenCount(m.Name) > TokenCount(names[index].Name))
            {
                names[index] = (m.Name, names[index].Position);
            }
        }
        var result = new List<string>();
        foreach (var (name, _) in names)
        {
            result.Add(name);
        }
        return result;
    }

    private static int TokenCount(string name) => Key(name).Split(' ').Length;

    private static bool SameOrPart(string a, string b)
    {
        var ta = Key(a).Split(' ');
        var tb = Key(b).Split(' ');
        var (small, large) = ta.Length <= tb.Length ? (ta, tb) : (tb, ta);
        foreach (var s in small)
        {
            if (Array.IndexOf(large, s) < 0)
            {
                return false;
            }
        }
        return true;
    }
}
