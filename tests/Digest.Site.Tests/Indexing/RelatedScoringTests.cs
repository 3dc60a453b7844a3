using Digest.Core.Model;
using Digest.Site.Indexing;

namespace Digest.Site.Tests.Indexing;

public class RelatedScoringTests
{
    [Fact]
    public void Picks_highest_scores_first_and_breaks_ties_towards_newer_articles()
    {
        var scores = new int[10];
        scores[7] = 3;
        scores[2] = 1;
        scores[5] = 3;
        scores[9] = 2;
        scores[1] = 1;
        int[] touched = [7, 2, 5, 9, 1];
        Span<int> best = stackalloc int[3];
        var kept = RelatedArticles.PickBest(scores, touched, touched.Length, best);
        Assert.Equal(3, kept);
        Assert.Equal([5, 7, 9], best.ToArray());
    }

    [Fact]
    public void Keeps_fewer_when_there_are_fewer_candidates()
    {
        var scores = new int[4];
        scores[3] = 1;
        Span<int> best = stackalloc int[5];
        Assert.Equal(1, RelatedArticles.PickBest(scores, [3], 1, best));
        Assert.Equal(3, best[0]);
        Assert.Equal(0, RelatedArticles.PickBest(scores, [], 0, best));
    }

    [Fact]
    public void Score_table_sums_weights_and_forgets_them_on_reset()
    {
        var table = new ScoreTable(200);
        for (var i = 0; i < 150; i++)
        {
            table.Add(i, 1);
        }
        table.Add(4, 2);
        Assert.Equal(150, table.TouchedCount);
        Assert.Equal(3, table.Scores[4]);
        table.Reset();
        Assert.Equal(0, table.TouchedCount);
        Assert.All(table.Scores, s => Assert.Equal(0, s));
    }

    [Fact]
    public void Newest_first_sort_matches_the_article_comparison()
    {
        var articles = new List<Article>();
        string[] dates = ["2024", "2024-03", "2024-03-01", "2024-03-01T00:00:00+00:00", "2024-03-01T01:00:00+02:00", "2023-12-31", "2024"];
        for (var i = 0; i < dates.Length; i++)
        {
            ArticleDate.TryParse(dates[i], out var date, out _);
            articles.Add(new Article { SourcePath = $"a/{i % 3}-{i}.md", FileStem = $"{i}", Title = i % 2 == 0 ? "Gleich" : $"T{i}", Date = date, Body = "x" });
        }
        var expected = new List<Article>(articles);
        expected.Sort(SiteIndexer.NewestFirst);
        Assert.Equal(expected, SiteIndexer.SortNewestFirst(articles));
    }
}
