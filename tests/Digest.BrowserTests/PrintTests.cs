using Digest.BrowserTests.Browsing;
using Digest.BrowserTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Digest.BrowserTests;

/// <summary>A printed article is the article: no navigation or search, and all of its text.</summary>
public sealed class PrintTests(BrowserSite site)
{
    [Fact]
    public async Task Printing_an_article_hides_navigation_and_search_and_keeps_the_full_text()
    {
        await using var reader = await site.OpenAsync(Delivery.File);
        var page = reader.Page;
        await reader.GotoAsync(SamplePages.ArticlePath);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" })).ToBeHiddenAsync();
        foreach (var box in await page.GetByRole(AriaRole.Searchbox).AllAsync())
        {
            await Expect(box).ToBeHiddenAsync();
        }
        foreach (var form in await page.GetByRole(AriaRole.Search).AllAsync())
        {
            await Expect(form).ToBeHiddenAsync();
        }

        var article = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Article);
        await Expect(article.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SamplePages.ArticleTitle);
        var blocks = await article.Locator("p, li, h2, blockquote").AllAsync();
        Assert.NotEmpty(blocks);
        foreach (var block in blocks)
        {
            if (await block.EvaluateAsync<bool>("e => e.closest('nav') !== null || e.closest('.visually-hidden') !== null || e.classList.contains('visually-hidden')"))
            {
                continue; // the table of contents may be left out of print; hidden headings are for screen readers
            }
            await Expect(block).ToBeVisibleAsync();
        }
        // The last sentence of the article is printed, so nothing is cut short.
        await Expect(article).ToContainTextAsync("a permanent secretariat for trilateral cooperation with Washington");
        reader.AssertClean();
    }
}
