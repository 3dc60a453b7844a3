using System.Text;
using Digest.Core.Config;
using Digest.Core.Diagnostics;
using Digest.Core.Text;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Writing;

namespace Digest.Import.Experts;

/// <summary>
/// Adds new experts to <c>experts.yml</c> by appending text, so existing entries, their order and comments stay
/// exactly as written. "Muster" and "Hanns Peter Muster" are one person; so are names listed as aliases.
/// </summary>
internal static class ExpertsFile
{
    private const string Header = "# Experts quoted in the digest: name, aliases, role, org, bio, url.\n# Entries below were added by `digest import`; edit them freely.\n\n";

    /// <summary>The experts of <paramref name="candidates"/> that the file text does not know yet (deduplicated among themselves).</summary>
    public static List<ImportedExpert> NewExperts(string? existingText, IEnumerable<ImportedExpert> candidates, string path, DiagnosticBag diagnostics)
    {
        var known = new List<string[]>();
        if (!string.IsNullOrWhiteSpace(existingText))
        {
            foreach (var e in ExpertsParser.Parse(existingText, path, diagnostics))
            {
                known.Add(Tokens(e.Name));
                foreach (var a in e.Aliases)
                {
                    known.Add(Tokens(a));
                }
            }
        }
        var result = new List<ImportedExpert>();
        foreach (var c in candidates)
        {
            var tokens = Tokens(c.Name);
            if (tokens.Length == 0 || known.Exists(k => SamePerson(k, tokens)))
            {
                continue;
            }
            var fuller = result.FindIndex(r => SamePerson(Tokens(r.Name), tokens));
            if (fuller >= 0)
            {
                if (tokens.Length > Tokens(result[fuller].Name).Length)
                {
                    result[fuller] = c;
                }
                continue;
            }
            result.Add(c);
        }
        return result;
    }

    /// <summary>The text to append for <paramref name="experts"/>.</summary>
    public static string Entries(IEnumerable<ImportedExpert> experts)
    {
        var sb = new StringBuilder();
        foreach (var e in experts)
        {
            sb.Append("- name: ").Append(YamlText.Quote(e.Name)).Append('\n');
            if (!string.IsNullOrWhiteSpace(e.Role))
            {
                sb.Append("  role: ").Append(YamlText.Quote(e.Role)).Append('\n');
            }
            if (!string.IsNullOrWhiteSpace(e.Org))
            {
                sb.Append("  org: ").Append(YamlText.Quote(e.Org)).Append('\n');
            }
        }
        return sb.ToString();
    }

    /// <summary>Appends the new experts to the file (creating it when missing); returns those added.</summary>
    public static List<ImportedExpert> Append(string path, IEnumerable<ImportedExpert> candidates, DiagnosticBag diagnostics)
    {
        var existing = File.Exists(path) ? File.ReadAllText(path) : null;
        var errorsBefore = diagnostics.ErrorCount;
        var added = NewExperts(existing, candidates, path, diagnostics);
        if (diagnostics.ErrorCount > errorsBefore)
        {
            // A broken experts.yml is the user's to fix; appending to it would only hide the problem.
            return [];
        }
        if (added.Count == 0)
        {
            return added;
        }
        var text = existing ?? string.Empty;
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed == "[]" || OnlyComments(text))
        {
            text = (trimmed.Length == 0 || trimmed == "[]" ? Header : text.TrimEnd('\n') + "\n\n") + Entries(added);
        }
        else
        {
            text = text.TrimEnd('\n', ' ') + "\n\n" + Indent(Entries(added), ItemIndent(text));
        }
        AtomicFile.Write(path, text);
        return added;
    }

    /// <summary>The indentation of the file's list items, so appended items join the same list.</summary>
    private static string ItemIndent(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var t = line.TrimStart(' ');
            if (t.StartsWith("- ", StringComparison.Ordinal) || t == "-")
            {
                return line[..(line.Length - t.Length)];
            }
        }
        return string.Empty;
    }

    private static string Indent(string entries, string indent)
    {
        if (indent.Length == 0)
        {
            return entries;
        }
        var sb = new StringBuilder();
        foreach (var line in entries.Split('\n'))
        {
            if (line.Length > 0)
            {
                sb.Append(indent).Append(line);
            }
            sb.Append('\n');
        }
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private static bool OnlyComments(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var t = line.Trim();
            if (t.Length > 0 && !t.StartsWith('#'))
            {
                return false;
            }
        }
        return true;
    }

    private static string[] Tokens(string name) => SearchFolding.Fold(name.Replace('-', ' ').Replace(".", " ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Same surname, and given names that do not contradict ("Muster" = "Hanns Peter Muster" = "Hanns Muster").</summary>
    public static bool SamePerson(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0 || a[^1] != b[^1])
        {
            return false;
        }
        if (a.Length == 1 || b.Length == 1)
        {
            return true;
        }
        // First given names must agree (an initial matches the full name).
        var x = a[0];
        var y = b[0];
        return x == y || (x.Length == 1 && y.StartsWith(x, StringComparison.Ordinal)) || (y.Length == 1 && x.StartsWith(y, StringComparison.Ordinal));
    }
}
