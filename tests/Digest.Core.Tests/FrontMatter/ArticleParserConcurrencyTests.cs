using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;

namespace Digest.Core.Tests.FrontMatter;

public class ArticleParserConcurrencyTests
{
    [Fact]
    public void Parsing_in_parallel_into_one_bag_keeps_every_article_and_every_error()
    {
        // Regression: a parse used to judge its own success by the shared bag's count, so another
        // thread's error could silently drop a good article or swallow a bad one's message.
        var bag = new DiagnosticBag();
        var results = new Article?[400];
        Parallel.For(0, results.Length, i =>
        {
            var text = i % 2 == 0
                ? $"---\ntitle: Gut {i}\ndate: 2024-01-01\n---\nText\n"
                : $"---\ntitle: Schlecht {i}\n---\nText\n";
            results[i] = ArticleParser.Parse(text, $"a{i}.md", bag);
        });
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(i % 2 == 0, results[i] is not null);
        }
        Assert.Equal(200, bag.ErrorCount);
    }
}
