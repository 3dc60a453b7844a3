using AngleSharp.Dom;

namespace Digest.TestSupport;

/// <summary>Looks through every built page for markup that would run in a reader's browser.</summary>
/// <remarks>Used by the site's and the importer's hardening tests, which build hostile input and inspect it the same way.</remarks>
public static class OutputInspection
{
    public static IEnumerable<string> Pages(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>Every live-markup finding in the built site, as "page: what" lines (empty when clean).</summary>
    public static List<string> LiveMarkup(string output)
    {
        var findings = new List<string>();
        foreach (var page in Pages(output))
        {
            var doc = Html.Load(page);
            var name = Path.GetRelativePath(output, page);
            foreach (var element in doc.QuerySelectorAll("script, iframe, object, embed, frame"))
            {
                if (IsThemeScript(element) || IsNotFoundPageRootScript(name, element))
                {
                    continue;
                }
                findings.Add($"{name}: <{element.LocalName}>");
            }
            foreach (var element in doc.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    {
                        findings.Add($"{name}: {attribute.Name}= on <{element.LocalName}>");
                    }
                    if (attribute.Name is "href" or "src" or "srcset" or "action" or "formaction" or "xlink:href" && IsScriptUrl(attribute.Value))
                    {
                        findings.Add($"{name}: {attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>");
                    }
                }
            }
        }
        return findings;
    }

    /// <summary>The theme's own scripts: an external file from the theme's assets, with no inline code.</summary>
    private static bool IsThemeScript(IElement element) =>
        element.LocalName == "script" && element.GetAttribute("src") is { } src
        && src.Contains("assets/", StringComparison.Ordinal) && src.EndsWith(".js", StringComparison.Ordinal)
        && !src.Contains("://", StringComparison.Ordinal) && string.IsNullOrWhiteSpace(element.TextContent);

    /// <summary>
    /// 404.html carries the theme's one inline script, which finds the site root for its links; it must never
    /// contain anything from the input (every hostile payload in these tests calls alert).
    /// </summary>
    private static bool IsNotFoundPageRootScript(string page, IElement element) =>
        page == "404.html" && element.LocalName == "script" && element.GetAttribute("src") is null
        && !element.TextContent.Contains("alert", StringComparison.Ordinal);

    private static bool IsScriptUrl(string value)
    {
        var compact = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return compact.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
    }

    public static string AllText(string output) => string.Join("\n", Pages(output).Select(File.ReadAllText));

    public static IElement? MainOf(string html) => Html.Parse(html).QuerySelector("main");
}
