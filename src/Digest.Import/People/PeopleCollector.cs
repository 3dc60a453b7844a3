using static Digest.Import.People.NameKeys;

namespace Digest.Import.People;

/// <summary>The other people named: every mention not merged into an expert, the author excluded.</summary>
internal static class PeopleCollector
{
    internal static List<string> CollectPeople(List<Mention> mentions, List<ExpertGroup> experts, HashSet<string> excluded)
    {
        var names = new PeopleNameList(Key, SameOrPart);
        var expertNames = new CompatibleNameIndex();
        var expertMentionKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < experts.Count; i++)
        {
            expertNames.Add(i, Key(experts[i].Name));
            foreach (var x in experts[i].Mentions)
            {
                expertMentionKeys.Add(Key(x.Name));
            }
        }
        Dictionary<string, Mention>? fullBySurname = null;
        var ordered = mentions.FindAll(static m => !m.IsExpert);
        ordered.Sort(static (a, b) => a.Position.CompareTo(b.Position));
        foreach (var m in ordered)
        {
            var key = Key(m.Name);
            if (excluded.Contains(key) || excluded.Contains(Key(m.Surname)))
            {
                continue;
            }
            fullBySurname ??= ExpertGrouper.FirstFullNameBySurname(mentions);
            if (m.NeedsFullName && !fullBySurname.ContainsKey(key))
            {
                continue;
            }
            if (expertNames.First(key) >= 0 || expertMentionKeys.Contains(key))
            {
                continue;
            }
            var index = names.FindFirst(m.Name);
            if (index < 0)
            {
                names.Add(m.Name, m.Position);
            }
            else if (TokenCount(m.Name) > TokenCount(names[index].Name))
            {
                names.Replace(index, m.Name);
            }
        }
        var result = new List<string>(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            result.Add(names[i].Name);
        }
        return result;
    }
}
