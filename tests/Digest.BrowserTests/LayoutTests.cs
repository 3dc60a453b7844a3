using Digest.BrowserTests.Browsing;
using Digest.BrowserTests.Fixtures;

namespace Digest.BrowserTests;

/// <summary>No page scrolls sideways on a phone or a desktop; screenshots are kept for a human look.</summary>
public sealed class LayoutTests(BrowserSite site)
{
    public static TheoryData<string, int> PagesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var kind in SamplePages.ByKind.Keys)
        {
            data.Add(kind, 375);
            data.Add(kind, 1280);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task Page_does_not_scroll_horizontally(string kind, int width)
    {
        await using var reader = await site.OpenAsync(Delivery.File, new() { ViewportSize = new() { Width = width, Height = 900 } });
        await reader.GotoAsync(SamplePages.ByKind[kind]);
        await SamplePages.WaitUntilReadyAsync(reader.Page, kind);

        Directory.CreateDirectory(BrowserSite.ScreenshotDir);
        await reader.Page.ScreenshotAsync(new()
        {
            Path = Path.Combine(BrowserSite.ScreenshotDir, $"{kind}-{width}.png"),
            FullPage = true,
        });

        var widths = await reader.Page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{kind} at {width}px is {widths[0]}px wide (viewport {widths[1]}px).");
        reader.AssertClean();
    }
}
