using System.Text;
using System.Text.RegularExpressions;

namespace Digest.Site.Rendering;

/// <summary>
/// Re-points the links in a rendered body, which are relative to the article page, so they still work from
/// elsewhere (a feed, an edition page): through a map from site path to the new link. Links with a scheme, protocol-relative or
/// root-relative links, and links that climb out of the site are left alone; <c>#x</c> becomes the article's own link.
/// </summary>
internal static partial class LinkRebaser
{
    public static string Rebase(string html, string articlePath, Func<string, string> map)
    {
        var edits = Edits(html, articlePath, map);
        if (edits.Count == 0)
        {
            return html;
        }
        var sb = new StringBuilder(html.Length + 64);
        var at = 0;
        foreach (var edit in edits)
        {
            sb.Append(html, at, edit.Start - at).Append(edit.Replacement);
            at = edit.Start + edit.Length;
        }
        return sb.Append(html, at, html.Length - at).ToString();
    }

    /// <summary>
    /// The link values <see cref="Rebase"/> would change, in order, without building the new text: feed writers
    /// escape the body and the new links straight into their output.
    /// </summary>
    public static IReadOnlyList<ContentEdit> Edits(string html, string articlePath, Func<string, string> map)
    {
        List<ContentEdit>? edits = null;
        foreach (var match in AttributePattern().EnumerateMatches(html))
        {
            // The match is href="value" or src="value": the value lies between the first quote and the last character.
            var start = match.Index + html.AsSpan(match.Index, match.Length).IndexOf('"') + 1;
            var length = match.Index + match.Length - 1 - start;
            var value = html.Substring(start, length);
            var rebased = RebaseUrl(value, articlePath, map);
            if (!string.Equals(rebased, value, StringComparison.Ordinal))
            {
                (edits ??= []).Add(new ContentEdit(start, length, rebased));
            }
        }
        return edits is null ? [] : edits;
    }

    /// <summary>One URL; see <see cref="Rebase"/>.</summary>
    public static string RebaseUrl(string url, string articlePath, Func<string, string> map)
    {
        if (url.Length == 0 || url.StartsWith('/') || HasScheme(url))
        {
            return url;
        }
        var cut = url.IndexOfAny(['?', '#']);
        var path = cut < 0 ? url : url[..cut];
        var suffix = cut < 0 ? string.Empty : url[cut..];
        var resolved = path.Length == 0 ? articlePath : Resolve(articlePath, path);
        return resolved is null ? url : map(resolved) + suffix;
    }

    /// <summary>Resolves <paramref name="relative"/> against the folder of <paramref name="fromPath"/>; null if it leaves the site.</summary>
    public static string? Resolve(string fromPath, string relative)
    {
        var segments = new List<string>(fromPath.Split('/'));
        segments.RemoveAt(segments.Count - 1);
        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }
                segments.RemoveAt(segments.Count - 1);
            }
            else if (part != ".")
            {
                segments.Add(part);
            }
        }
        var sb = new StringBuilder();
        for (var i = 0; i < segments.Count; i++)
        {
            if (i > 0)
            {
                sb.Append('/');
            }
            sb.Append(segments[i]);
        }
        return sb.ToString();
    }

    private static bool HasScheme(string url)
    {
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':')
            {
                return i > 0;
            }
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }
        return false;
    }

    [GeneratedRegex(@"\b(href|src)=""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex AttributePattern();
}
