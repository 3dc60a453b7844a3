using Digest.BrowserTests.Browsing;
using Digest.BrowserTests.Fixtures;

namespace Digest.BrowserTests;

/// <summary>Reading the digest from disk never contacts another machine: no fonts, scripts or trackers from elsewhere.</summary>
public sealed class OfflineTests(BrowserSite site)
{
    [Fact]
    public async Task Every_page_opened_from_disk_loads_only_local_files()
    {
        await using var reader = await site.OpenAsync(Delivery.File);
        var pages = Directory.EnumerateFiles(site.OutputDir, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(site.OutputDir, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(pages.Count > 20, $"Expected the whole sample site, found {pages.Count} pages.");

        foreach (var relative in pages)
        {
            await reader.GotoAsync(relative);
        }
        // A search loads its index scripts after the page; let it finish so those requests are seen too.
        await reader.GotoAsync(SamplePages.ByKind["search"]);
        await SamplePages.WaitUntilReadyAsync(reader.Page, "search");

        reader.AssertClean();
    }
}
