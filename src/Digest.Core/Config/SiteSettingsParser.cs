using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Core.Yaml;

namespace Digest.Core.Config;

/// <summary>Reads <c>site.yml</c>.</summary>
public static class SiteSettingsParser
{
    private static readonly HashSet<string> Known = ["title", "description", "language", "base_url", "per_page", "author", "notice", "unsafe_html", "editions", "home", "list_unsubscribe", "email_from"];

    public static SiteSettings Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var defaults = new SiteSettings();
        var root = YamlReader.Read(FrontMatter.FrontMatterSplitter.Normalize(text), path, 0, diagnostics);
        if (root is null || root is YScalar { IsNull: true })
        {
            return defaults;
        }
        if (root is not YMapping map)
        {
            diagnostics.Error(path, root.Line, root.Column, "site.yml must be a set of 'setting: value' lines (title, description, language, base_url, per_page, author)", DiagnosticCodes.SiteSettingsNotMap);
            return defaults;
        }
        var values = new YamlValues(path, diagnostics);
        var language = values.Text(map.Get("language"), "language")?.ToLowerInvariant() ?? defaults.Language;
        if (language is not ("de" or "en"))
        {
            values.Error(map.Get("language")!, $"language '{language}' is not supported; use de or en", DiagnosticCodes.UnsupportedLanguage);
            language = defaults.Language;
        }
        var baseUrl = values.Text(map.Get("base_url"), "base_url");
        if (baseUrl is not null)
        {
            if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
            {
                values.Error(map.Get("base_url")!, $"base_url '{baseUrl}' must be an absolute http(s) URL such as https://example.org/digest/", DiagnosticCodes.InvalidBaseUrl);
                baseUrl = null;
            }
            else if (!baseUrl.EndsWith('/'))
            {
                baseUrl += "/";
            }
        }
        var editions = Choice(values, map.Get("editions"), "editions", defaults.Editions);
        var home = Choice(values, map.Get("home"), "home", defaults.Home);
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            if (!Known.Contains(entry.Key.Value))
            {
                extra[entry.Key.Value] = YamlValues.ToPlain(entry.Value);
            }
        }
        return new SiteSettings
        {
            Title = values.Text(map.Get("title"), "title") ?? defaults.Title,
            Description = values.Text(map.Get("description"), "description"),
            Language = language,
            BaseUrl = baseUrl,
            PerPage = values.PositiveInt(map.Get("per_page"), "per_page") ?? defaults.PerPage,
            Author = values.Text(map.Get("author"), "author"),
            Notice = values.Text(map.Get("notice"), "notice"),
            UnsafeHtml = values.Bool(map.Get("unsafe_html"), "unsafe_html"),
            Editions = editions,
            Home = home,
            ListUnsubscribe = values.Text(map.Get("list_unsubscribe"), "list_unsubscribe"),
            EmailFrom = values.Text(map.Get("email_from"), "email_from"),
            Extra = extra,
        };
    }

    /// <summary>One of an enum's names, written in lowercase (<c>editions: weekly</c>); anything else is an error and the default.</summary>
    private static T Choice<T>(YamlValues values, YNode? node, string field, T fallback)
        where T : struct, Enum
    {
        var text = values.Text(node, field);
        if (text is null)
        {
            return fallback;
        }
        foreach (var option in Enum.GetValues<T>())
        {
            if (string.Equals(option.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return option;
            }
        }
        var names = new List<string>();
        foreach (var option in Enum.GetNames<T>())
        {
            names.Add(option.ToLowerInvariant());
        }
        values.Error(node!, $"{field} '{text}' is not one of {string.Join(", ", names)}", DiagnosticCodes.InvalidChoice);
        return fallback;
    }
}
