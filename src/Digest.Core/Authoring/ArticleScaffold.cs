using System.Text;
using Digest.Core.Model;

namespace Digest.Core.Authoring;

/// <summary>
/// The text of a new article: front matter filled in from a <see cref="ScaffoldRequest"/> and a short body
/// skeleton in the article's language. Pure text generation, so it is tested without touching disk.
/// </summary>
public static class ArticleScaffold
{
    /// <summary>The file name <c>&lt;date&gt;-&lt;slug&gt;.md</c>, or null when the title has no letters or digits.</summary>
    public static string? FileName(ScaffoldRequest request)
    {
        var slug = Text.Slug.From(request.Title);
        return slug.Length == 0 ? null : $"{DatePrefix(request.Date)}-{slug}.md";
    }

    /// <summary>The date part of a file name; a time of day is left out, as in the sample site.</summary>
    public static string DatePrefix(ArticleDate date) => date.Precision switch
    {
        DatePrecision.Year => $"{date.Year:D4}",
        DatePrecision.Month => $"{date.Year:D4}-{date.Month:D2}",
        _ => $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}",
    };

    /// <summary>The complete file text, LF line endings.</summary>
    public static string Render(ScaffoldRequest request)
    {
        var german = request.SkeletonLanguage.StartsWith("de", StringComparison.OrdinalIgnoreCase);
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append("title: ").Append(Quote(request.Title.Trim())).Append('\n');
        sb.Append("date: ").Append(request.Date.ToIso()).Append('\n');
        if (request.Lang is { } lang)
        {
            sb.Append("lang: ").Append(lang).Append('\n');
        }
        sb.Append("topics: ").Append(FlowList(request.Topics)).Append('\n');
        if (request.Experts.Count == 0)
        {
            sb.Append("experts: []\n");
        }
        else
        {
            sb.Append("experts:\n");
            foreach (var expert in request.Experts)
            {
                sb.Append("  - name: ").Append(Quote(expert)).Append('\n');
            }
        }
        // An empty summary is deliberate: `digest check` reminds the author until one is written.
        sb.Append("summary: \"\"\n");
        sb.Append("---\n\n");
        if (german)
        {
            sb.Append("Einleitung: Worum geht es, und warum ist es jetzt wichtig?\n\n");
            sb.Append("## Was bekannt ist\n\n");
            sb.Append("- Stichpunkt\n\n");
            sb.Append("## Einordnung\n\n");
            sb.Append("Was sagen die Fachleute, und was folgt daraus?\n");
        }
        else
        {
            sb.Append("Lead: what is this about, and why does it matter now?\n\n");
            sb.Append("## What we know\n\n");
            sb.Append("- Key point\n\n");
            sb.Append("## Assessment\n\n");
            sb.Append("What do the experts say, and what follows from it?\n");
        }
        return sb.ToString();
    }

    /// <summary>Splits a comma-separated option value into trimmed, non-empty, distinct items.</summary>
    public static List<string> SplitList(string? value)
    {
        var result = new List<string>();
        if (value is null)
        {
            return result;
        }
        foreach (var part in value.Split(','))
        {
            var item = part.Trim();
            if (item.Length > 0 && !result.Contains(item))
            {
                result.Add(item);
            }
        }
        return result;
    }

    /// <summary>A YAML double-quoted scalar, so titles with colons, quotes or '#' stay one string.</summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                case '\r':
                case '\t':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(ch);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    private static string FlowList(IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return "[]";
        }
        var sb = new StringBuilder("[");
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            sb.Append(Quote(items[i]));
        }
        return sb.Append(']').ToString();
    }
}
