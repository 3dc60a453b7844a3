using Digest.Core.Model;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Writing;
using Digest.TestSupport;

namespace Digest.Import.Tests.Pipeline;

public class ConcurrencyTests
{
    [Fact]
    public void Parallel_imports_give_the_same_articles_as_sequential_ones()
    {
        var texts = Directory.GetFiles(TestPaths.OwnRaw, "*.txt").Select(File.ReadAllText).ToList();
        if (SharedFixtures.Find("dev") is { } dev)
        {
            texts.AddRange(Directory.GetFiles(dev, "*.txt").Select(File.ReadAllText));
        }
        var importer = ArticleImporter.CreateDefault();
        var today = new ArticleDate(2026, 1, 1, null, null);
        var expected = texts.ConvertAll(t => FrontMatterWriter.Write(importer.ImportText(t), "x.txt", today));
        var actual = new string[texts.Count * 20];
        Parallel.For(0, actual.Length, i => actual[i] = FrontMatterWriter.Write(importer.ImportText(texts[i % texts.Count]), "x.txt", today));
        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % texts.Count], actual[i]);
        }
    }
}
