using System.Text.Json;
using Digest.Site.Output.Search;
using Digest.Site.Tests.TestSupport;

namespace Digest.Site.Tests.Output.Search;

/// <summary>The index as written into a built fixture site.</summary>
public class SearchIndexTests : IDisposable
{
    private readonly OutputFixtureSite _site = new(baseUrl: null);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Index_holds_every_published_article_and_no_draft_or_future_one()
    {
        var output = _site.Build().Output!;
        var meta = Argument(OutputFixtureSite.Text(output, "search/meta.js"), "DigestSearch.meta(");
        var count = meta.RootElement.GetProperty("count").GetInt32();
        Assert.Equal(OutputFixtureSite.PublishedCount, count);

        var titles = new List<string>();
        for (var chunk = 0; output.Contains($"search/d/{chunk}.js"); chunk++)
        {
            var docs = Argument(OutputFixtureSite.Text(output, $"search/d/{chunk}.js"), $"DigestSearch.docs({chunk},");
            foreach (var doc in docs.RootElement.EnumerateArray())
            {
                titles.Add(doc[1].GetString()!);
                Assert.True(output.Contains(doc[0].GetString()!), $"{doc[0]} is not a page");
            }
        }
        Assert.Equal(OutputFixtureSite.PublishedCount, titles.Count);
        Assert.Equal("Bericht Nummer 0", titles[0]);
        Assert.DoesNotContain(titles, t => t.Contains("Entwurf") || t.Contains("Kolibri"));

        var terms = AllTerms(output);
        Assert.DoesNotContain("zebrafink", terms.Keys);
        Assert.DoesNotContain("kolibri", terms.Keys);
    }

    [Fact]
    public void Titles_topics_aliases_and_experts_are_searchable_with_their_fields()
    {
        var terms = AllTerms(_site.Build().Output!);
        // "Straßenbau in Südkorea" is article 5 (0 is newest).
        Assert.Contains((5, SearchField.Title), SearchPostings.Decode(terms["strassenbau"]));
        Assert.Contains((5, SearchField.Title), SearchPostings.Decode(terms["suedkorea"]));
        Assert.Contains((0, SearchField.Tags), SearchPostings.Decode(terms["sudkorea"]));
        Assert.Contains((0, SearchField.Tags), SearchPostings.Decode(terms["seoul"]));
        Assert.Contains((0, SearchField.Tags), SearchPostings.Decode(terms["weiss"]));
        Assert.Contains((1, SearchField.Tags), SearchPostings.Decode(terms["mueller"]));
        Assert.Contains((0, SearchField.Summary), SearchPostings.Decode(terms["zusammenfassung"]));
        Assert.Contains((7, SearchField.Body), SearchPostings.Decode(terms["windrader"]));
        Assert.Contains((7, SearchField.Body), SearchPostings.Decode(terms["windraeder"]));
    }

    [Fact]
    public void Search_page_loads_the_script_and_says_what_to_do_without_javascript()
    {
        var html = OutputFixtureSite.Text(_site.Build().Output!, "search/index.html");
        Assert.Contains("<script src=\"../assets/search.js\"></script>", html);
        Assert.Contains("<noscript>", html);
        Assert.Contains("href=\"../topics/index.html\"", html);
        Assert.Contains("href=\"../experts/index.html\"", html);
        Assert.Contains("aria-live=\"polite\"", html);
    }

    private static Dictionary<string, string> AllTerms(Digest.Site.Output.OutputSet output)
    {
        var meta = Argument(OutputFixtureSite.Text(output, "search/meta.js"), "DigestSearch.meta(");
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in meta.RootElement.GetProperty("keys").EnumerateArray())
        {
            var name = SearchChunker.FileName(key.GetString()!);
            var chunk = Argument(OutputFixtureSite.Text(output, $"search/t/{name}.js"), $"DigestSearch.terms({JsonSerializer.Serialize(key.GetString())},");
            foreach (var term in chunk.RootElement.EnumerateObject())
            {
                Assert.StartsWith(key.GetString()!, term.Name);
                terms.Add(term.Name, term.Value.GetString()!);
            }
        }
        return terms;
    }

    /// <summary>The JSON argument of a script <c>callee(json);</c>.</summary>
    private static JsonDocument Argument(string script, string prefix)
    {
        Assert.StartsWith(prefix, script);
        Assert.EndsWith(");\n", script);
        return JsonDocument.Parse(script[prefix.Length..^3]);
    }
}
