using Digest.TestSupport;
using System.Diagnostics;
using System.Text;
using Digest.Core.Model;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Writing;

namespace Digest.Import.Tests.Pipeline;

public class PerformanceTests(ITestOutputHelper output)
{
    /// <summary>The benchmark: 1,000 raw articles (our fixtures, varied) through import and writing, in seconds.</summary>
    [Fact]
    public void Thousand_articles_import_in_seconds()
    {
        var texts = new List<string>();
        foreach (var f in Directory.GetFiles(TestPaths.OwnRaw, "*.txt"))
        {
            texts.Add(File.ReadAllText(f));
        }
        if (SharedFixtures.Find("dev") is { } dev)
        {
            foreach (var f in Directory.GetFiles(dev, "*.txt"))
            {
                texts.Add(File.ReadAllText(f));
            }
        }
        var importer = ArticleImporter.CreateDefault();
        var today = new ArticleDate(2026, 1, 1, null, null);
        var watch = Stopwatch.StartNew();
        var bytes = 0L;
        for (var i = 0; i < 1000; i++)
        {
            // Vary each text so no caching could help.
            var text = texts[i % texts.Count] + "\n\nAbsatz Nummer " + i + " mit etwas Text.\n";
            bytes += Encoding.UTF8.GetByteCount(text);
            var a = importer.ImportText(text);
            Assert.NotNull(FrontMatterWriter.Write(a, "x.txt", today));
        }
        watch.Stop();
        output.WriteLine($"1,000 articles ({bytes / 1024} KB) imported in {watch.Elapsed.TotalSeconds:0.00} s");
        // Generous: shared CI machines are slow; on an idle laptop this takes a few seconds.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }
}
