using Digest.Site.Indexing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Digest.Site.Rendering.Markdown;

/// <summary>
/// What a parsed body's links need beyond the body itself, read before rendering rewrites them
/// (the same classification as <see cref="MarkdownRenderer"/>'s link rewriting).
/// </summary>
internal readonly record struct LinkDependencies(bool UsesTargets, bool UsesOtherAnchors)
{
    public static LinkDependencies Of(ParsedBody parsed)
    {
        var targets = false;
        var otherAnchors = false;
        foreach (var link in parsed.Document.Descendants<LinkInline>())
        {
            var url = link.Url;
            if (string.IsNullOrWhiteSpace(url) || UrlSafety.IsDangerous(url) || UrlSafety.IsExternal(url))
            {
                continue;
            }
            var hash = url.IndexOf('#');
            var path = hash >= 0 ? url[..hash] : url;
            var query = path.IndexOf('?');
            if (query >= 0)
            {
                path = path[..query];
            }
            if (path.Length == 0)
            {
                continue;
            }
            targets = true;
            if (hash >= 0 && hash < url.Length - 1 && Uri.UnescapeDataString(path).EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                otherAnchors = true;
            }
        }
        return new LinkDependencies(targets, otherAnchors);
    }
}
