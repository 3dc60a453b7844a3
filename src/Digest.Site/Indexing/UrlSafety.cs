namespace Digest.Site.Indexing;

/// <summary>Classifies link targets written in articles (Markdown links, lead images): where they point, and whether they are safe.</summary>
internal static class UrlSafety
{
    /// <summary>Schemes that run code or embed content when clicked; never written into a page.</summary>
    public static bool IsDangerous(string url)
    {
        var trimmed = RemoveControl(url).TrimStart();
        return trimmed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for <c>scheme:…</c> and <c>//host</c> URLs, which point off the site.</summary>
    public static bool IsExternal(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }
        var colon = url.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }
        for (var i = 0; i < colon; i++)
        {
            var ch = url[i];
            if (!(char.IsAsciiLetterOrDigit(ch) || ch is '+' or '-' or '.'))
            {
                return false;
            }
        }
        return true;
    }

    private static string RemoveControl(string url)
    {
        // Browsers ignore tabs, newlines and other control characters inside a scheme ("java\tscript:").
        var chars = new List<char>(url.Length);
        foreach (var ch in url)
        {
            if (!char.IsControl(ch) && ch != ' ')
            {
                chars.Add(ch);
            }
        }
        return new string(chars.ToArray());
    }
}
