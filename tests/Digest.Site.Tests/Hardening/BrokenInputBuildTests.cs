using Digest.Core.Diagnostics;
using Digest.Site.Tests.TestSupport;

namespace Digest.Site.Tests.Hardening;

/// <summary>One run reports every broken file with its position, and a broken build writes nothing.</summary>
public class BrokenInputBuildTests
{
    [Fact]
    public void Every_broken_article_is_reported_in_one_run_with_its_position()
    {
        using var site = new FixtureSite()
            .Article("good", "Gut", "2024-01-01")
            .File("articles/unclosed-list.md", "---\ntitle: [a, b\ndate: 2024-01-01\n---\nText\n")
            .File("articles/unclosed-quote.md", "---\ntitle: \"offen\ndate: 2024-01-01\n---\nText\n")
            .File("articles/tabs.md", "---\ntitle: T\n\tdate: 2024-01-01\n---\nText\n")
            .File("articles/duplicate.md", "---\ntitle: T\ndate: 2024-01-01\ntitle: U\n---\nText\n")
            .File("articles/no-front-matter.md", "Nur Text.\n")
            .File("articles/unclosed-front-matter.md", "---\ntitle: T\ndate: 2024-01-01\nText\n")
            .File("articles/empty.md", "")
            .File("articles/impossible-date.md", "---\ntitle: T\ndate: 2022-13-45\n---\nText\n")
            .File("articles/missing.md", "---\nsummary: S\n---\nText\n");
        var result = site.Build();
        Assert.False(result.Success);
        Assert.Null(result.Refusal);
        Assert.False(Directory.Exists(site.Output));
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        foreach (var stem in new[] { "unclosed-list", "unclosed-quote", "tabs", "duplicate", "no-front-matter", "unclosed-front-matter", "empty", "impossible-date", "missing" })
        {
            Assert.True(errors.Any(e => e.Path.EndsWith(stem + ".md") && e.Line >= 1 && e.Column >= 1
                && e.ToString().StartsWith($"{e.Path}:{e.Line}:{e.Column}: error {e.Code.Id}: ", StringComparison.Ordinal)), stem + "\n" + string.Join("\n", errors));
        }
        Assert.Equal(2, errors.Count(e => e.Path.EndsWith("missing.md")));
        Assert.DoesNotContain(result.Diagnostics, d => d.Path.EndsWith("good.md"));
    }

    [Theory]
    [InlineData("site.yml", "title: [offen\n")]
    [InlineData("site.yml", "title: T\nper_page: viele\n")]
    [InlineData("site.yml", "title: T\nunsafe_html: vielleicht\n")]
    [InlineData("topics.yml", "- slug: a\n  label: \"offen\n")]
    [InlineData("topics.yml", "slug: a\n")]
    [InlineData("experts.yml", "- name: A\n\trole: B\n")]
    public void Broken_data_files_are_located_errors(string file, string text)
    {
        using var site = new FixtureSite().Article("good", "Gut", "2024-01-01").File(file, text);
        var result = site.Build();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.EndsWith(file, error.Path);
        Assert.True(error.Line >= 1 && error.Column >= 1, error.ToString());
    }

    [Fact(Timeout = 10000)]
    public async Task An_alias_bomb_in_site_yml_is_refused()
    {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 30).Select(i =>
            $"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)) + "]\n")) + "title: T\n";
        using var site = new FixtureSite().Article("good", "Gut", "2024-01-01").File("site.yml", yaml);
        var result = await Task.Run(() => site.Build(), TestContext.Current.CancellationToken);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Path.EndsWith("site.yml"));
    }
}
