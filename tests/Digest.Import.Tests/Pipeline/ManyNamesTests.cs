using Digest.Import.Pipeline;
using Digest.TestSupport.Texts;

namespace Digest.Import.Tests.Pipeline;

/// <summary>
/// A 5 MB article naming thousands of people imports completely: every planted expert with their quote, every other
/// person once. (Its speed is measured by tests/bench/import.sh, not here.)
/// </summary>
public class ManyNamesTests
{
    [Fact]
    public void Five_megabyte_article_finds_every_planted_expert_and_person()
    {
        var generated = ManyNamesText.Generate(5_000_000);
        var article = ArticleImporter.CreateDefault().ImportText(generated.Text);

        var plantedExperts = generated.People.Where(static p => p.Expert).ToList();
        var plantedOthers = generated.People.Where(static p => !p.Expert).Select(static p => p.Name).ToList();
        Assert.True(plantedExperts.Count > 1000, $"only {plantedExperts.Count} experts planted");

        Assert.Equal(plantedExperts.Select(static p => p.Name), article.Experts.Select(static e => e.Name));
        foreach (var (planted, found) in plantedExperts.Zip(article.Experts))
        {
            Assert.Equal([planted.Quote!], found.Quotes);
        }
        Assert.Equal(plantedOthers, article.People);
    }
}
