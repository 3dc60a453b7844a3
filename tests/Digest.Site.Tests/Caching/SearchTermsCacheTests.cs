using Digest.Core.Diagnostics;
using Digest.Site.Caching;
using Digest.Site.Indexing;
using Digest.Site.Loading;
using Digest.Site.Output.Search;
using Digest.Site.Rendering.Markdown;
using Digest.TestSupport;

namespace Digest.Site.Tests.Caching;

public sealed class SearchTermsCacheTests
{
    private static CachedSite ThreeArticles()
    {
        var s = new CachedSite();
        s.Site.Article("2024-01-01-a", "Erster Bericht", "2024-01-01", "topics: [ukraine]\n", "## Lage\n\nText über Windräder.");
        s.Site.Article("2024-01-02-b", "Zweiter Bericht", "2024-01-02", "topics: [ukraine]\nsummary: \"Kurz\"\n", "## Einordnung\n\nMehr Text.");
        s.Site.Article("2024-01-03-c", "Dritter Bericht", "2024-01-03", "", "Noch ein Absatz.");
        return s;
    }

    private static string SearchFile(CachedSite s) => Directory.GetFiles(s.CacheDir, "*.digest-search").Single();

    private static SearchTermsCache OpenCache(CachedSite s) =>
        SearchTermsCache.Open(SearchFile(s), CacheContext.Compute(s.Options(), s.Options().ThemeLayers()));

    /// <summary>The articles' terms as (term, fields) sets, taken through <paramref name="cache"/> when there is one.</summary>
    private static List<SortedSet<string>> Terms(SiteIndex index, BodyTexts texts, SearchTermsCache? cache)
    {
        ISearchTermsMemo memo = cache is null ? new NoSearchTermsMemo() : new SearchTermsMemo(cache, save: false);
        var table = memo.Table;
        var bodies = BodyRenderer.RenderAll(index, texts, new DiagnosticBag());
        var articles = index.Articles;
        var collected = SearchIndexBuilder.CollectTerms(articles, bodies, table, memo, out _);
        var byId = table.Terms();
        var result = new List<SortedSet<string>>();
        foreach (var article in collected)
        {
            var set = new SortedSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < article.Count; k++)
            {
                set.Add(byId[article.Ids[k]] + ":" + (SearchField)article.Masks[k]);
            }
            result.Add(set);
        }
        return result;
    }

    private static SortedDictionary<string, byte[]> SearchOutput(string outputDir)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var search = Path.Combine(outputDir, "search");
        foreach (var file in Directory.EnumerateFiles(search, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(search, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }
        return files;
    }

    private static void AssertSameSearchIndexAsUncachedBuild(CachedSite s)
    {
        using var fresh = new TempFolder();
        Assert.True(SiteBuilder.Build(s.Options(useCache: false) with { OutputDir = fresh.Path }).Success);
        var expected = SearchOutput(fresh.Path);
        var actual = SearchOutput(s.Site.Output);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"search/{path} differs from a build without cache");
        }
    }

    [Fact]
    public void Terms_of_unchanged_articles_are_reused_and_equal_freshly_tokenized_ones()
    {
        using var s = ThreeArticles();
        var result = s.Build();
        Assert.True(result.Success);
        var cache = OpenCache(s);
        Assert.Null(cache.IgnoredBecause);

        var reused = Terms(result.Index!, result.Content!.Bodies, cache);

        Assert.Equal(3, cache.Reused);
        Assert.Equal(0, cache.Tokenized);
        Assert.Equal(Terms(result.Index!, result.Content!.Bodies, null), reused);
        Assert.Contains("windraeder:Body", reused[2]);
        Assert.True(s.Build().Success);
        AssertSameSearchIndexAsUncachedBuild(s);
    }

    [Fact]
    public void Changed_article_is_tokenized_again_and_found_by_its_new_words()
    {
        using var s = ThreeArticles();
        s.Build();
        s.Site.Article("2024-01-02-b", "Zweiter Bericht", "2024-01-02", "topics: [ukraine]\nsummary: \"Kurz\"\n", "## Einordnung\n\nNeuer Absatz über Flüssiggas.");

        var result = s.Build();
        var cache = OpenCache(s);
        var terms = Terms(result.Index!, result.Content!.Bodies, cache);

        Assert.True(result.Success);
        Assert.Equal(1, cache.Tokenized);
        Assert.Equal(2, cache.Reused);
        // Article 1 is the second newest.
        Assert.Contains("fluessiggas:Body", terms[1]);
        Assert.DoesNotContain("mehr:Body", terms[1]);
        AssertSameSearchIndexAsUncachedBuild(s);
    }

    [Fact]
    public void Changed_topic_aliases_are_searchable_after_a_rebuild()
    {
        using var s = ThreeArticles();
        s.Build();
        s.Site.File("topics.yml", "- slug: ukraine\n  label: Ukraine\n  aliases: [Kyjiw]\n");

        var result = s.Build();

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Contains("kyjiw:Tags", Terms(result.Index!, result.Content!.Bodies, null)[1]);
        AssertSameSearchIndexAsUncachedBuild(s);
    }

    [Fact]
    public void Damaged_file_is_ignored_and_replaced()
    {
        using var s = ThreeArticles();
        s.Build();
        var bytes = File.ReadAllBytes(SearchFile(s));
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(SearchFile(s), bytes);

        var damaged = OpenCache(s);
        Assert.NotNull(damaged.IgnoredBecause);
        Assert.Null(damaged.TryReuse(default));

        var result = s.Build();
        Assert.True(result.Success);
        AssertSameSearchIndexAsUncachedBuild(s);
        Assert.Null(OpenCache(s).IgnoredBecause);
    }

    [Fact]
    public void File_of_another_context_is_ignored()
    {
        using var s = ThreeArticles();
        s.Build();

        var other = SearchTermsCache.Open(SearchFile(s), "another context");

        Assert.NotNull(other.IgnoredBecause);
        Assert.Equal(0, other.Table.Count);
    }

    [Fact]
    public void Entry_that_makes_no_sense_is_not_used_even_with_a_valid_checksum()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "site.digest-search");
        var key = new SearchTermsKey(1, 2);
        // A term without any field cannot come from tokenizing.
        File.WriteAllBytes(file, SearchTermsCache.Serialize("ctx", [key], [new ArticleTerms([0], [0])], ["wort"]));

        var cache = SearchTermsCache.Open(file, "ctx");

        Assert.Null(cache.IgnoredBecause);
        Assert.Null(cache.TryReuse(key));
        Assert.Equal(1, cache.Tokenized);
    }

    [Fact]
    public void Same_terms_give_the_same_file_bytes()
    {
        var keys = new[] { new SearchTermsKey(1, 2), new SearchTermsKey(5, 6) };
        var terms = new[] { new ArticleTerms([2, 0], [1, 8]), new ArticleTerms([1, 2], [4, 1]) };
        string[] byId = ["a", "b", "c"];

        var first = SearchTermsCache.Serialize("ctx", keys, terms, byId);

        Assert.Equal(first, SearchTermsCache.Serialize("ctx", keys, terms, byId));
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "x.digest-search");
        File.WriteAllBytes(file, first);
        var cache = SearchTermsCache.Open(file, "ctx");
        var back = cache.TryReuse(keys[1])!;
        var names = cache.Table.Terms();
        var pairs = new SortedSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < back.Count; k++)
        {
            pairs.Add(names[back.Ids[k]] + back.Masks[k]);
        }
        Assert.Equal(["b4", "c1"], pairs);
    }

    [Fact]
    public void Dry_run_writes_no_search_terms_file()
    {
        using var s = ThreeArticles();

        var result = SiteBuilder.Build(s.Options() with { DryRun = true });

        Assert.True(result.Success);
        Assert.Empty(Directory.Exists(s.CacheDir) ? Directory.GetFiles(s.CacheDir, "*.digest-search") : []);
    }
}
