using Microsoft.Playwright;

namespace Digest.BrowserTests.Browsing;

/// <summary>One page of each kind in the sample site, with what the reader should see once it is ready.</summary>
public static class SamplePages
{
    public const string ArticleTitle = "Seoul and Tokyo test a cautious thaw";
    public const string ArticlePath = "articles/seoul-tokyo-thaw/index.html";

    /// <summary>A written edition of the sample site (with an introduction and sections).</summary>
    public const string EditionPath = "editions/2024-w18-ostflanke/index.html";

    /// <summary>A word that only the body of one article contains, with that article's title.</summary>
    public const string BodyWord = "Ransomware";
    public const string BodyWordArticle = "Cyberangriffe auf Kommunen: Warum Rathäuser zum Ziel werden";

    /// <summary>Page kind → path below the site root. The search page runs a query so its results are checked too.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByKind = new Dictionary<string, string>
    {
        ["home"] = "index.html",
        ["article"] = ArticlePath,
        ["topics"] = "topics/index.html",
        ["topic"] = "topics/suedkorea/index.html",
        ["experts"] = "experts/index.html",
        ["expert"] = "experts/dr-seo-yeon-park/index.html",
        ["archive"] = "archive/index.html",
        ["search"] = "search/index.html?q=Sudkorea",
        ["editions"] = "editions/index.html",
        ["edition"] = EditionPath,
        ["edition-file"] = "editions/2024-w18-ostflanke/edition.html",
    };

    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var kind in ByKind.Keys)
        {
            data.Add(kind);
        }
        return data;
    }

    /// <summary>Waits until a page shows its content; the search page fills its results by script after loading.</summary>
    public static async Task WaitUntilReadyAsync(IPage page, string kind)
    {
        if (kind == "search")
        {
            await Assertions.Expect(ResultLink(page, ArticleTitle)).ToBeVisibleAsync();
        }
    }

    /// <summary>A link to an article inside the page's main content (search results, lists).</summary>
    public static ILocator ResultLink(IPage page, string title) =>
        page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = title });
}
