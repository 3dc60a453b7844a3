using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Core.Yaml;

namespace Digest.Core.FrontMatter;

/// <summary>
/// Parses one edition file (<c>input/editions/*.md</c>): front matter with <c>title</c>, <c>date</c>, either <c>period</c>
/// or <c>articles</c>, optional <c>sections</c>, <c>summary</c> and <c>slug</c>; the body is the introduction.
/// </summary>
public static class EditionParser
{
    public static readonly IReadOnlyList<string> KnownFields = ["title", "date", "period", "articles", "sections", "summary", "slug"];

    /// <summary>Parses <paramref name="text"/>; returns null (with errors in <paramref name="diagnostics"/>) when it cannot be used.</summary>
    public static EditionDefinition? Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var own = new DiagnosticBag();
        var edition = ParseInto(text, path, own);
        diagnostics.AddRange(own.Sorted());
        return edition;
    }

    private static EditionDefinition? ParseInto(string text, string path, DiagnosticBag diagnostics)
    {
        var block = FrontMatterSplitter.Split(text, path, diagnostics);
        if (block is null)
        {
            return null;
        }
        var errorsBefore = diagnostics.ErrorCount;
        var root = YamlReader.Read(block.Yaml, path, block.YamlLine - 1, diagnostics);
        if (root is null)
        {
            // No document at all (nothing, or only comments) rather than one the reader already reported.
            if (diagnostics.ErrorCount == errorsBefore)
            {
                diagnostics.Error(path, block.Closing.Line, block.Closing.Column,
                    "an edition's front matter is empty; it needs title, date and period or articles before this '---'", DiagnosticCodes.MissingField);
            }
            return null;
        }
        if (root is not YMapping map)
        {
            diagnostics.Error(path, root.Line, root.Column,
                "an edition's front matter must be a set of 'field: value' lines with at least title, date and period or articles", DiagnosticCodes.FrontMatterNotMap);
            return null;
        }
        var values = new YamlValues(path, diagnostics);
        var titleNode = map.Get("title");
        var title = values.Text(titleNode, "title");
        if (string.IsNullOrWhiteSpace(title))
        {
            values.Error(titleNode is null ? block.Closing : YamlValues.SpanOf(titleNode), "missing required field 'title' (e.g. title: \"Die Woche in fünf Minuten\")", DiagnosticCodes.MissingField);
        }
        var date = ReadDate(map.Get("date"), block.Closing, values);

        EditionPeriod? period = null;
        var periodNode = map.Get("period");
        if (values.Text(periodNode, "period") is { } periodText)
        {
            if (EditionPeriod.TryParse(periodText, out var parsed, out var problem))
            {
                period = parsed;
            }
            else
            {
                values.Error(periodNode!, $"period '{periodText}' is not valid: it {problem} (expected {EditionPeriod.ExpectedForms})", DiagnosticCodes.InvalidPeriod);
            }
        }

        var articles = Refs(values.TextList(map.Get("articles"), "articles", allowCommaString: false));
        var articlesNode = map.Get("articles");
        var hasArticles = articlesNode is not null and not YScalar { IsNull: true };
        if (periodNode is not null && hasArticles)
        {
            values.Error(articlesNode!, "an edition has either 'period' or 'articles', not both", DiagnosticCodes.PeriodAndArticles);
        }
        else if (periodNode is null && !hasArticles)
        {
            values.Error(block.Closing, $"an edition needs 'period' ({EditionPeriod.ExpectedForms}) or an 'articles' list", DiagnosticCodes.NoPeriodOrArticles);
        }

        var slug = values.Text(map.Get("slug"), "slug");
        if (slug is not null && Text.Slug.From(slug) != slug)
        {
            values.Error(map.Get("slug")!, $"slug '{slug}' may only contain lowercase letters a-z, digits and single hyphens (e.g. slug: {Text.Slug.From(slug)})", DiagnosticCodes.InvalidSlug);
        }

        foreach (var entry in map.Entries)
        {
            if (!Known(entry.Key.Value))
            {
                diagnostics.Warning(path, entry.Key.Line, entry.Key.Column,
                    $"unknown field '{entry.Key.Value}' in an edition (known: {string.Join(", ", KnownFields)}); it is ignored", DiagnosticCodes.UnknownEditionField);
            }
        }

        if (diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }
        return new EditionDefinition
        {
            SourcePath = path,
            FileStem = Path.GetFileNameWithoutExtension(path),
            Title = title!,
            Date = date!.Value,
            Period = period,
            PeriodSpan = periodNode is null ? SourceSpan.None : YamlValues.SpanOf(periodNode),
            Articles = articles,
            ArticlesSpan = KeySpan(map, "articles"),
            SlugSpan = YamlValues.SpanOf(map.Get("slug") ?? titleNode ?? map),
            Sections = Refs(values.TextList(map.Get("sections"), "sections", allowCommaString: true)),
            Summary = values.Text(map.Get("summary"), "summary"),
            Slug = slug,
            Body = block.Body,
            BodyLine = block.BodyLine,
        };
    }

    private static SourceSpan KeySpan(YMapping map, string field)
    {
        foreach (var entry in map.Entries)
        {
            if (entry.Key.Value == field)
            {
                return YamlValues.SpanOf(entry.Key);
            }
        }
        return SourceSpan.None;
    }

    private static bool Known(string field)
    {
        foreach (var known in KnownFields)
        {
            if (known == field)
            {
                return true;
            }
        }
        return false;
    }

    private static List<EditionItemRef> Refs(List<(string Value, YNode Node)> items)
    {
        var refs = new List<EditionItemRef>(items.Count);
        foreach (var (value, node) in items)
        {
            refs.Add(new EditionItemRef(value, YamlValues.SpanOf(node)));
        }
        return refs;
    }

    private static ArticleDate? ReadDate(YNode? node, SourceSpan missingAt, YamlValues values)
    {
        if (node is null || node is YScalar { IsNull: true })
        {
            values.Error(node is null ? missingAt : YamlValues.SpanOf(node), $"missing required field 'date' (expected {ArticleDate.ExpectedForms})", DiagnosticCodes.MissingField);
            return null;
        }
        if (node is not YScalar scalar || !ArticleDate.TryParse(scalar.Value, out var date, out var problem))
        {
            values.Error(node, $"date '{(node as YScalar)?.Value}' is not a valid date (expected {ArticleDate.ExpectedForms})", DiagnosticCodes.InvalidDate);
            return null;
        }
        _ = problem;
        return date;
    }
}
