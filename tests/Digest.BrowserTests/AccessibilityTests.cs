using Deque.AxeCore.Playwright;
using Digest.BrowserTests.Browsing;
using Digest.BrowserTests.Fixtures;
using Microsoft.Playwright;

namespace Digest.BrowserTests;

/// <summary>axe finds nothing serious or critical on any kind of page, in light or dark colours.</summary>
public sealed class AccessibilityTests(BrowserSite site)
{
    public static TheoryData<string, ColorScheme> PagesAndSchemes()
    {
        var data = new TheoryData<string, ColorScheme>();
        foreach (var kind in SamplePages.ByKind.Keys)
        {
            data.Add(kind, ColorScheme.Light);
            data.Add(kind, ColorScheme.Dark);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndSchemes))]
    public async Task Page_has_no_serious_or_critical_violations(string kind, ColorScheme scheme)
    {
        await using var reader = await site.OpenAsync(Delivery.File);
        await reader.Page.EmulateMediaAsync(new() { ColorScheme = scheme });
        await reader.GotoAsync(SamplePages.ByKind[kind]);
        await SamplePages.WaitUntilReadyAsync(reader.Page, kind);
        // Checked before axe runs: axe re-reads stylesheets by XHR, which file:// refuses with console noise.
        reader.AssertClean();

        var results = await reader.Page.RunAxe();

        var severe = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help}\n    "
                + string.Join("\n    ", v.Nodes.Take(5).Select(n => $"{n.Target} {n.Html}")))
            .ToList();
        Assert.True(severe.Count == 0, $"{kind} ({scheme}):\n" + string.Join("\n", severe));
    }
}
