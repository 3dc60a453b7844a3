using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Core.Yaml;

namespace Digest.Core.FrontMatter;

/// <summary>Parses one Markdown article (front matter and body) into an <see cref="Article"/>, reporting every problem found.</summary>
public static class ArticleParser
{
    private static readonly HashSet<string> KnownFields =
    [
        "title", "date", "updated", "topics", "experts", "people", "summary", "source", "source_url",
        "author", "lang", "image", "slug", "draft", "source_file", "import_hash",
    ];

    /// <summary>Parses <paramref name="text"/>; returns null (with errors in <paramref name="diagnostics"/>) when it cannot be used.</summary>
    public static Article? Parse(string text, string path, DiagnosticBag diagnostics)
    {
        // Articles are parsed in parallel into one shared bag; whether this one failed is judged by its own problems.
        var own = new DiagnosticBag();
        var article = ParseInto(text, path, own);
        diagnostics.AddRange(own.Sorted());
        return article;
    }

    private static Article? ParseInto(string text, string path, DiagnosticBag diagnostics)
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
                diagnostics.Error(path, block.Closing.Line, block.Closing.Column, "front matter is empty; it needs at least 'title:' and 'date:' before this '---'", DiagnosticCodes.MissingField);
            }
            return null;
        }
        if (root is not YMapping map)
        {
            diagnostics.Error(path, root.Line, root.Column, "front matter must be a set of 'field: value' lines, e.g. title: \"…\"", DiagnosticCodes.FrontMatterNotMap);
            return null;
        }
        return FromMapping(map, block, path, diagnostics);
    }

    private static Article? FromMapping(YMapping map, FrontMatterBlock block, string path, DiagnosticBag diagnostics)
    {
        var values = new YamlValues(path, diagnostics);
        var errorsBefore = diagnostics.ErrorCount;

        var titleNode = map.Get("title");
        var title = values.Text(titleNode, "title");
        if (string.IsNullOrWhiteSpace(title) && (titleNode is null || titleNode is YScalar))
        {
            var at = titleNode is null ? block.Closing : YamlValues.SpanOf(titleNode);
            values.Error(at, "missing required field 'title' (e.g. title: \"Was plant Nordkorea?\")", DiagnosticCodes.MissingField);
        }

        var date = ReadDate(map.Get("date"), "date", required: true, block.Closing, values);
        var updated = ReadDate(map.Get("updated"), "updated", required: false, block.Closing, values);

        var topics = new List<TopicRef>();
        foreach (var (value, node) in values.TextList(map.Get("topics"), "topics", allowCommaString: true))
        {
            topics.Add(new TopicRef(value, YamlValues.SpanOf(node)));
        }

        var people = new List<string>();
        foreach (var (value, _) in values.TextList(map.Get("people"), "people", allowCommaString: true))
        {
            people.Add(value);
        }

        var lang = values.Text(map.Get("lang"), "lang");
        if (lang is not null && !Text.LanguageTag.IsValid(lang))
        {
            values.Error(map.Get("lang")!, $"lang '{lang}' is not a language code (e.g. lang: de or lang: en)", DiagnosticCodes.InvalidLanguage);
        }

        var slug = values.Text(map.Get("slug"), "slug");
        if (slug is not null && Text.Slug.From(slug) != slug)
        {
            values.Error(map.Get("slug")!, $"slug '{slug}' may only contain lowercase letters a-z, digits and single hyphens (e.g. slug: {Text.Slug.From(slug)})", DiagnosticCodes.InvalidSlug);
        }

        var article = new Article
        {
            SourcePath = path,
            FileStem = Path.GetFileNameWithoutExtension(path),
            Title = title ?? string.Empty,
            Date = date ?? default,
            Updated = updated,
            Topics = topics,
            Experts = ReadExperts(map.Get("experts"), values),
            People = people,
            Summary = values.Text(map.Get("summary"), "summary"),
            Source = values.Text(map.Get("source"), "source"),
            SourceUrl = values.Text(map.Get("source_url"), "source_url"),
            Author = values.Text(map.Get("author"), "author"),
            Lang = lang?.ToLowerInvariant(),
            Image = ReadImage(map.Get("image"), values),
            Slug = slug,
            SlugSpan = YamlValues.SpanOf(map.Get("slug") ?? titleNode ?? map),
            Draft = values.Bool(map.Get("draft"), "draft"),
            SourceFile = values.Text(map.Get("source_file"), "source_file"),
            ImportHash = values.Text(map.Get("import_hash"), "import_hash"),
            Extra = ReadExtra(map),
            Body = block.Body,
            BodyLine = block.BodyLine,
        };
        return diagnostics.ErrorCount > errorsBefore ? null : article;
    }

    // An absent date is reported at missingAt: the closing ---, before which it would be added.
    private static ArticleDate? ReadDate(YNode? node, string field, bool required, SourceSpan missingAt, YamlValues values)
    {
        if (node is null || node is YScalar { IsNull: true })
        {
            if (required)
            {
                values.Error(node is null ? missingAt : YamlValues.SpanOf(node), $"missing required field '{field}' (expected {ArticleDate.ExpectedForms})", DiagnosticCodes.MissingField);
            }
            return null;
        }
        if (node is not YScalar scalar)
        {
            values.Error(node, $"'{field}' must be a date ({ArticleDate.ExpectedForms}), not {YamlValues.Describe(node)}", DiagnosticCodes.InvalidDate);
            return null;
        }
        if (!ArticleDate.TryParse(scalar.Value, out var date, out var problem))
        {
            values.Error(node, $"{field} '{scalar.Value}' is not a valid date: it {problem} (expected {ArticleDate.ExpectedForms})", DiagnosticCodes.InvalidDate);
            return null;
        }
        return date;
    }

    private static List<ExpertRef> ReadExperts(YNode? node, YamlValues values)
    {
        var result = new List<ExpertRef>();
        switch (node)
        {
            case null:
            case YScalar { IsNull: true }:
                return result;
            case YScalar s when !s.IsPlain || (!s.IsNumber && s.AsBoolean() is null):
                // A single name or comma-separated names.
                foreach (var part in s.Value.Split(','))
                {
                    var name = part.Trim();
                    if (name.Length > 0)
                    {
                        result.Add(new ExpertRef(name, null, null, [], YamlValues.SpanOf(s)));
                    }
                }
                return result;
            case YSequence seq:
                foreach (var item in seq.Items)
                {
                    switch (item)
                    {
                        case YScalar { IsNull: true }:
                            break;
                        case YScalar text:
                            result.Add(new ExpertRef(text.Value.Trim(), null, null, [], YamlValues.SpanOf(text)));
                            break;
                        case YMapping m:
                            var name = values.Text(m.Get("name"), "name");
                            if (string.IsNullOrWhiteSpace(name))
                            {
                                values.Error(m, "an expert entry needs a 'name' (e.g. - name: \"Dr. Lena Marquardt\", role: \"Analystin\", org: \"…\")", DiagnosticCodes.MissingField);
                                break;
                            }
                            var quotes = new List<string>();
                            foreach (var (quote, _) in values.TextList(m.Get("quotes"), "quotes", allowCommaString: false))
                            {
                                quotes.Add(quote);
                            }
                            if (m.Get("quotes") is YScalar { IsNull: false } single)
                            {
                                quotes.Add(single.Value.Trim());
                            }
                            foreach (var entry in m.Entries)
                            {
                                if (entry.Key.Value is not ("name" or "role" or "org" or "quotes"))
                                {
                                    values.Warning(entry.Key, $"unknown expert field '{entry.Key.Value}' is ignored (known: name, role, org, quotes)", DiagnosticCodes.UnknownExpertField);
                                }
                            }
                            result.Add(new ExpertRef(name, values.Text(m.Get("role"), "role"), values.Text(m.Get("org"), "org"), quotes, YamlValues.SpanOf(m)));
                            break;
                        default:
                            values.Error(item, "each expert must be a name or a map with name, role, org and quotes", DiagnosticCodes.InvalidExpert);
                            break;
                    }
                }
                return result;
            default:
                values.Error(node, $"'experts' must be a list of names or of maps with name, role, org and quotes, not {YamlValues.Describe(node)}", DiagnosticCodes.InvalidExpert);
                return result;
        }
    }

    private static ArticleImage? ReadImage(YNode? node, YamlValues values)
    {
        switch (node)
        {
            case null:
            case YScalar { IsNull: true }:
                return null;
            case YScalar s:
                return new ArticleImage(s.Value.Trim(), null, null, null, YamlValues.SpanOf(s), YamlValues.SpanOf(s));
            case YMapping m:
                return new ArticleImage(
                    values.Text(m.Get("src"), "image.src"),
                    values.Text(m.Get("alt"), "image.alt"),
                    values.Text(m.Get("caption"), "image.caption"),
                    values.Text(m.Get("credit"), "image.credit"),
                    YamlValues.SpanOf(m),
                    m.Get("src") is { } srcNode ? YamlValues.SpanOf(srcNode) : default);
            default:
                values.Error(node, "'image' must be a path or a map with src, alt, caption and credit", DiagnosticCodes.InvalidImage);
                return null;
        }
    }

    private static Dictionary<string, object?> ReadExtra(YMapping map)
    {
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            if (!KnownFields.Contains(entry.Key.Value))
            {
                extra[entry.Key.Value] = YamlValues.ToPlain(entry.Value);
            }
        }
        return extra;
    }
}
