using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Digest.TestSupport;

/// <summary>Parses built pages for inspection.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static IDocument Load(string path) => Parse(File.ReadAllText(path));
}
