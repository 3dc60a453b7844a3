using System.Text.RegularExpressions;
using Digest.BrowserTests.Browsing;
using Digest.BrowserTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Digest.BrowserTests;

/// <summary>A reader clicks through the site; every page loads cleanly, from disk and from a server alike.</summary>
public sealed class NavigationTests(BrowserSite site)
{
    [Theory]
    [InlineData(Delivery.File)]
    [InlineData(Delivery.Http)]
    public async Task Reader_clicks_from_home_through_article_topic_expert_archive_page_two_and_search(Delivery delivery)
    {
        await using var reader = await site.OpenAsync(delivery);
        var page = reader.Page;
        var main = page.GetByRole(AriaRole.Main);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" });

        await reader.GotoAsync("index.html");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Lagebild – Beispiel-Digest");

        await main.GetByRole(AriaRole.Link, new() { Name = SamplePages.ArticleTitle }).ClickAsync();
        await Expect(page).ToHaveURLAsync(reader.Url(SamplePages.ArticlePath));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SamplePages.ArticleTitle);

        await main.GetByRole(AriaRole.Link, new() { Name = "Südkorea", Exact = true }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(reader.Url("topics/suedkorea/index.html"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Südkorea");

        await main.GetByRole(AriaRole.Link, new() { Name = "Dr. Seo-yeon Park" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(reader.Url("experts/dr-seo-yeon-park/index.html"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Seo-yeon Park");

        await nav.GetByRole(AriaRole.Link, new() { Name = "Archiv" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(reader.Url("archive/index.html"));
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = SamplePages.ArticleTitle })).ToBeVisibleAsync();

        await nav.GetByRole(AriaRole.Link, new() { Name = "Übersicht" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(reader.Url("index.html"));
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Seitennavigation" })
            .GetByRole(AriaRole.Link, new() { Name = "Seite 2" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(reader.Url("page/2/index.html"));
        await Expect(main.GetByRole(AriaRole.Article).First).ToBeVisibleAsync();

        var search = page.GetByRole(AriaRole.Search).First.GetByRole(AriaRole.Searchbox);
        await search.FillAsync("Korea");
        await search.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(reader.Url("search/index.html")) + @"\?q=Korea$"));
        await Expect(SamplePages.ResultLink(page, SamplePages.ArticleTitle)).ToBeVisibleAsync();

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(reader.Url("page/2/index.html"));
        await page.WaitForLoadStateAsync(LoadState.Load);

        reader.AssertClean();
    }
}
