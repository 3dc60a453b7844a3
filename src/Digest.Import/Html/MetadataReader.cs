using System.Text.Json;
using AngleSharp.Html.Dom;

namespace Digest.Import.Html;

/// <summary>Reads meta tags (Open Graph, article:*, author, description) and JSON-LD Article objects.</summary>
internal static class MetadataReader
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting", "WebPage", "Report", "ScholarlyArticle",
    };

    public static HtmlMetadata Read(IHtmlDocument document)
    {
        var meta = new HtmlMetadata
        {
            Lang = document.DocumentElement.GetAttribute("lang"),
            DocumentTitle = document.Title,
        };
        var scripts = new List<JsonDocument>();
        try
        {
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    scripts.Add(JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 }));
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common; the meta tags are still there.
                }
            }
            // An @graph names its author once, as a Person node, and refers to it by "@id" from the article.
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var json in scripts)
            {
                CollectNamedNodes(json.RootElement, names, 0);
            }
            foreach (var json in scripts)
            {
                Visit(json.RootElement, meta, names, 0);
            }
        }
        finally
        {
            foreach (var json in scripts)
            {
                json.Dispose();
            }
        }
        meta.Headline ??= Content(document, "og:title") ?? Content(document, "twitter:title");
        meta.DatePublished ??= Content(document, "article:published_time") ?? Content(document, "datePublished")
            ?? Content(document, "date") ?? Content(document, "pubdate") ?? Content(document, "DC.date.issued")
            ?? PublishedTime.Find(document);
        if (meta.Authors.Count == 0 && (Content(document, "author") ?? Content(document, "article:author")) is { } author && !author.StartsWith("http", StringComparison.Ordinal))
        {
            meta.Authors.Add(author);
        }
        meta.Publisher ??= Content(document, "og:site_name") ?? Content(document, "application-name");
        meta.Description ??= Content(document, "og:description") ?? Content(document, "description");
        meta.Url ??= Content(document, "og:url") ?? document.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        meta.Image ??= Content(document, "og:image");
        return meta;
    }

    private static string? Content(IHtmlDocument document, string name)
    {
        foreach (var m in document.QuerySelectorAll("meta"))
        {
            if (string.Equals(m.GetAttribute("property"), name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(m.GetAttribute("itemprop"), name, StringComparison.OrdinalIgnoreCase))
            {
                var value = m.GetAttribute("content")?.Trim();
                if (!string.IsNullOrEmpty(value))
                {
                    return value;
                }
            }
        }
        return null;
    }

    /// <summary>Every node with an "@id" and a "name", wherever it sits, by its id.</summary>
    private static void CollectNamedNodes(JsonElement e, Dictionary<string, string> names, int depth)
    {
        if (depth > 8)
        {
            return;
        }
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                CollectNamedNodes(item, names, depth + 1);
            }
            return;
        }
        if (e.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        if (e.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String
            && e.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString()!.Trim().Length > 0)
        {
            names.TryAdd(id.GetString()!, name.GetString()!.Trim());
        }
        foreach (var property in e.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                CollectNamedNodes(property.Value, names, depth + 1);
            }
        }
    }

    private static void Visit(JsonElement e, HtmlMetadata meta, Dictionary<string, string> names, int depth)
    {
        if (depth > 8)
        {
            return;
        }
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                Visit(item, meta, names, depth + 1);
            }
            return;
        }
        if (e.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        if (e.TryGetProperty("@graph", out var graph))
        {
            Visit(graph, meta, names, depth + 1);
        }
        if (!IsArticle(e))
        {
            return;
        }
        meta.Headline ??= Text(e, "headline") ?? Text(e, "name");
        meta.DatePublished ??= Text(e, "datePublished") ?? Text(e, "dateCreated");
        meta.Description ??= Text(e, "description");
        meta.Url ??= Text(e, "url") ?? Text(e, "mainEntityOfPage");
        if (meta.Authors.Count == 0 && e.TryGetProperty("author", out var author))
        {
            AddNames(author, meta.Authors, names);
        }
        if (meta.Publisher is null && e.TryGetProperty("publisher", out var publisher))
        {
            var publishers = new List<string>();
            AddNames(publisher, publishers, names);
            meta.Publisher = publishers.Count > 0 ? publishers[0] : null;
        }
        if (meta.Image is null && e.TryGetProperty("image", out var image))
        {
            meta.Image = image.ValueKind switch
            {
                JsonValueKind.String => image.GetString(),
                JsonValueKind.Object => Text(image, "url"),
                JsonValueKind.Array when image.GetArrayLength() > 0 => image[0].ValueKind == JsonValueKind.String ? image[0].GetString() : Text(image[0], "url"),
                _ => null,
            };
        }
    }

    private static bool IsArticle(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type))
        {
            return false;
        }
        if (type.ValueKind == JsonValueKind.String)
        {
            return ArticleTypes.Contains(type.GetString()!) && type.GetString() != "WebPage" || type.GetString() == "WebPage" && e.TryGetProperty("datePublished", out _);
        }
        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static string? Text(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return null;
        }
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString()?.Trim(),
            JsonValueKind.Object => Text(v, "@id") ?? Text(v, "url"),
            _ => null,
        };
    }

    private static void AddNames(JsonElement e, List<string> names, Dictionary<string, string> byId)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String when e.GetString()!.Trim() is { Length: > 0 } name && !name.StartsWith("http", StringComparison.Ordinal):
                names.Add(name);
                break;
            case JsonValueKind.Object when e.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String && n.GetString()!.Trim() is { Length: > 0 } name:
                names.Add(name);
                break;
            case JsonValueKind.Object when e.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String && byId.TryGetValue(id.GetString()!, out var named):
                names.Add(named);
                break;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    AddNames(item, names, byId);
                }
                break;
        }
    }
}
