using System.Text;
using Digest.Core.Model;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Writing;
using Digest.TestSupport;

namespace Digest.Import.Tests.Pipeline;

public class ThousandArticlesTests(ITestOutputHelper output)
{
    /// <summary>
    /// A thousand varied raw articles through import and writing in one importer: every one comes out with a title and a
    /// date. Speed itself is measured by tests/bench/import.sh, not here.
    /// </summary>
    [Fact]
    public void Thousand_articles_import_with_one_importer()
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
        var bytes = 0L;
        for (var i = 0; i < 1000; i++)
        {
            // Vary each text so no caching could help.
            var text = texts[i % texts.Count] + "\n\nAbsatz Nummer " + i + " mit etwas Text.\n";
            bytes += Encoding.UTF8.GetByteCount(text);
            var a = importer.ImportText(text);
            var markdown = FrontMatterWriter.Write(a, "x.txt", today);
            // A source without headline still gets a title (guessed from the lead and marked so).
            Assert.Matches(new System.Text.RegularExpressions.Regex("^title: .+$", System.Text.RegularExpressions.RegexOptions.Multiline), markdown);
            Assert.Matches(new System.Text.RegularExpressions.Regex("^date: .+$", System.Text.RegularExpressions.RegexOptions.Multiline), markdown);
        }
        output.WriteLine($"1,000 articles ({bytes / 1024} KB) imported");
    }
}
