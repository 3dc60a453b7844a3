using System.Text.RegularExpressions;
using Digest.BrowserTests.Browsing;
using Digest.BrowserTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Digest.BrowserTests;

/// <summary>The offline search, as a reader uses it: header box, search page, linked queries, keyboard only.</summary>
public sealed class SearchTests(BrowserSite site)
{
    [Theory]
    [InlineData(Delivery.File)]
    [InlineData(Delivery.Http)]
    public async Task A_word_typed_into_the_header_box_finds_the_article_containing_it(Delivery delivery)
    {
        await using var reader = await site.OpenAsync(delivery);
        var page = reader.Page;
        await reader.GotoAsync("topics/index.html");

        var box = page.GetByRole(AriaRole.Search).First.GetByRole(AriaRole.Searchbox);
        await box.FillAsync(SamplePages.BodyWord);
        await box.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(reader.Url("search/index.html")) + @"\?q="));
        await Expect(SamplePages.ResultLink(page, SamplePages.BodyWordArticle)).ToBeVisibleAsync();
        // Screen readers hear the number of results.
        await Expect(page.Locator("[aria-live], [role=status]").Filter(new() { HasTextRegex = new Regex(@"\d") }).First)
            .ToBeAttachedAsync();
        await SamplePages.ResultLink(page, SamplePages.BodyWordArticle).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SamplePages.BodyWordArticle);
        reader.AssertClean();
    }

    [Theory]
    [InlineData(Delivery.File)]
    [InlineData(Delivery.Http)]
    public async Task A_query_in_the_address_runs_on_load_and_ignores_umlauts(Delivery delivery)
    {
        await using var reader = await site.OpenAsync(delivery);
        await reader.GotoAsync("search/index.html?q=Sudkorea");

        await Expect(SamplePages.ResultLink(reader.Page, SamplePages.ArticleTitle)).ToBeVisibleAsync();
        reader.AssertClean();
    }

    [Fact]
    public async Task Typing_on_the_search_page_finds_Suedkorea_without_the_umlaut()
    {
        await using var reader = await site.OpenAsync(Delivery.File);
        var page = reader.Page;
        await reader.GotoAsync("search/index.html");

        // The search page's own box is the last search field on the page (the header has one too).
        var box = page.GetByRole(AriaRole.Searchbox).Last;
        await box.FillAsync("Sudkorea");
        await box.PressAsync("Enter");

        await Expect(SamplePages.ResultLink(page, SamplePages.ArticleTitle)).ToBeVisibleAsync();
        reader.AssertClean();
    }

    [Theory]
    [InlineData(Delivery.File)]
    [InlineData(Delivery.Http)]
    public async Task The_whole_search_flow_works_with_the_keyboard_alone(Delivery delivery)
    {
        await using var reader = await site.OpenAsync(delivery);
        var page = reader.Page;
        await reader.GotoAsync("index.html");

        await TabUntilAsync(page, "document.activeElement?.type === 'search'", "the header search box");
        await page.Keyboard.TypeAsync("Lösegeld");
        await page.Keyboard.PressAsync("Enter");
        await Expect(SamplePages.ResultLink(page, SamplePages.BodyWordArticle)).ToBeVisibleAsync();

        var title = SamplePages.BodyWordArticle;
        await TabUntilAsync(
            page,
            $"document.activeElement?.tagName === 'A' && document.activeElement.closest('main') !== null && document.activeElement.textContent.includes({System.Text.Json.JsonSerializer.Serialize(title)})",
            "the result link");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        reader.AssertClean();
    }

    /// <summary>Presses Tab until the condition holds, as a keyboard user moves focus; fails after a sane number of stops.</summary>
    private static async Task TabUntilAsync(IPage page, string condition, string what)
    {
        for (var stops = 0; stops < 80; stops++)
        {
            if (await page.EvaluateAsync<bool>($"() => Boolean({condition})"))
            {
                return;
            }
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"Tab never reached {what} on {page.Url}.");
    }
}
