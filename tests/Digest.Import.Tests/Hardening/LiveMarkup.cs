using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Digest.Import.Tests.Hardening;

/// <summary>Finds markup in a built site that would run in a reader's browser.</summary>
internal static class LiveMarkup
{
    /// <summary>Every finding as "page: what" (empty when clean). Hostile payloads in these tests all call <c>alert</c>.</summary>
    public static List<string> In(string output)
    {
        var findings = new List<string>();
        var parser = new HtmlParser();
        foreach (var page in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(output, page);
            var doc = parser.ParseDocument(File.ReadAllText(page));
            foreach (var element in doc.QuerySelectorAll("script, iframe, object, embed, frame"))
            {
                if (!IsThemeScript(element))
                {
                    findings.Add($"{name}: <{element.LocalName}>");
                }
            }
            foreach (var element in doc.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    {
                        findings.Add($"{name}: {attribute.Name}= on <{element.LocalName}>");
                    }
                    if (attribute.Name is "href" or "src" or "action" or "formaction" or "srcset" && IsScriptUrl(attribute.Value))
                    {
                        findings.Add($"{name}: {attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>");
                    }
                }
            }
        }
        return findings;
    }

    /// <summary>The theme's scripts: external theme assets, or its inline root finder on 404.html, never input text.</summary>
    private static bool IsThemeScript(IElement element)
    {
        if (element.LocalName != "script" || element.TextContent.Contains("alert", StringComparison.Ordinal))
        {
            return false;
        }
        var src = element.GetAttribute("src");
        return src is null || (src.Contains("assets/", StringComparison.Ordinal) && !src.Contains(':', StringComparison.Ordinal));
    }

    private static bool IsScriptUrl(string value)
    {
        var compact = new string([.. value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        return compact.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
    }
}
