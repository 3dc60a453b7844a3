using Digest.Import.People;

namespace Digest.Import.Tests.People;

/// <summary>The person an article is about is no expert unless it reports their assessment (invented texts).</summary>
public class ArticleSubjectTests
{
    private static PeopleResult Run(string title, params string[] paragraphs) =>
        new PeopleExtractor(Lexicon.Default).Extract(paragraphs, null, title);

    [Fact]
    public void A_profiled_scholar_named_in_the_headline_is_a_person()
    {
        var r = Run(
            "Ökonom Hans Beispielmann verlässt das Institut",
            "Der Ökonom Hans Beispielmann vom Nordstädter Institut für Wirtschaft verlässt das Haus nach zehn Jahren.",
            "Beispielmann hatte die Abteilung für Konjunktur aufgebaut und mehrere Bücher geschrieben.");

        Assert.Empty(r.Experts);
        Assert.Contains("Hans Beispielmann", r.People);
    }

    [Fact]
    public void The_subject_of_an_opinion_piece_is_a_person()
    {
        var r = Run(
            "Why Jane Sampleford is wrong about rents",
            "Jane Sampleford, an economist at Example University, has spent years telling cities to build more.",
            "Her numbers leave out the people who cannot move, and Sampleford rarely mentions them.");

        Assert.Empty(r.Experts);
        Assert.Contains("Jane Sampleford", r.People);
    }

    [Fact]
    public void A_headline_that_reports_the_assessment_keeps_the_expert()
    {
        var r = Run(
            "Ökonom Beispielmann warnt vor Rezession",
            "Der Ökonom Hans Beispielmann vom Nordstädter Institut für Wirtschaft sieht dunkle Wolken.");

        Assert.Equal("Hans Beispielmann", Assert.Single(r.Experts).Name);
    }

    [Fact]
    public void A_headline_giving_the_words_after_a_colon_keeps_the_expert()
    {
        var r = Run(
            "Beispielmann: Der Sommer wird heiß",
            "Der Chef des Nordstädter Instituts für Klimaforschung, Hans Beispielmann, hält einen Rekord für möglich.");

        Assert.Equal("Hans Beispielmann", Assert.Single(r.Experts).Name);
    }

    [Fact]
    public void A_quoted_expert_named_in_the_headline_stays_an_expert()
    {
        var r = Run(
            "Hans Beispielmann und die Hitze",
            "„Die Städte sind nicht vorbereitet“, sagt der Klimaforscher Hans Beispielmann von der Universität Nordstadt.");

        var e = Assert.Single(r.Experts);
        Assert.Single(e.Quotes);
    }

    [Fact]
    public void An_expert_the_headline_does_not_name_is_kept_without_a_quotation()
    {
        var r = Run(
            "Rezession droht",
            "Der Ökonom Hans Beispielmann vom Nordstädter Institut für Wirtschaft hat neue Zahlen vorgelegt.");

        Assert.Equal("Hans Beispielmann", Assert.Single(r.Experts).Name);
    }
}
