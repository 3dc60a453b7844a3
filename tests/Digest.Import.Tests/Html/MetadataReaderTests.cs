using AngleSharp.Html.Parser;
using Digest.Import.Html;

namespace Digest.Import.Tests.Html;

/// <summary>What JSON-LD and meta tags say about a page, in the shapes publishing systems write them.</summary>
public class MetadataReaderTests
{
    private static HtmlMetadata Read(string head, string body = "") =>
        MetadataReader.Read(new HtmlParser().ParseDocument($"<html><head>{head}</head><body>{body}</body></html>"));

    private static string JsonLd(string json) => $"<script type=\"application/ld+json\">{json}</script>";

    [Fact]
    public void An_author_named_by_id_in_a_graph_is_resolved_to_the_person_node()
    {
        var meta = Read(JsonLd("""
            {"@context": "https://schema.org", "@graph": [
              {"@type": "Article", "headline": "Ein Titel", "datePublished": "2023-10-05T08:00:00+00:00", "author": {"@id": "https://x.example/#/person/1"}},
              {"@type": "Person", "@id": "https://x.example/#/person/1", "name": "Erika Muster"}
            ]}
            """));
        Assert.Equal(["Erika Muster"], meta.Authors);
        Assert.Equal("Ein Titel", meta.Headline);
    }

    [Fact]
    public void A_person_node_in_another_script_resolves_too()
    {
        var meta = Read(JsonLd("""{"@type": "NewsArticle", "headline": "T", "author": [{"@id": "#a"}, {"@id": "#b"}]}""")
            + JsonLd("""[{"@type": "Person", "@id": "#a", "name": "Ada Beispiel"}, {"@type": "Person", "@id": "#b", "name": "Bo Muster"}]"""));
        Assert.Equal(["Ada Beispiel", "Bo Muster"], meta.Authors);
    }

    [Fact]
    public void Authors_as_a_list_of_names_or_objects_are_all_kept()
    {
        var strings = Read(JsonLd("""{"@type": ["NewsArticle"], "headline": "T", "author": ["Henrike Beispiel", "Dirk Muster"]}"""));
        var objects = Read(JsonLd("""[{"@type": "Organization", "name": "Zeitung"}, {"@type": "NewsArticle", "headline": "T", "author": [{"@type": "Person", "name": "Dana Example"}, {"@type": "Person", "name": "Oli Sample"}]}]"""));
        Assert.Equal(["Henrike Beispiel", "Dirk Muster"], strings.Authors);
        Assert.Equal(["Dana Example", "Oli Sample"], objects.Authors);
    }

    [Fact]
    public void An_author_given_only_as_an_address_is_no_name()
    {
        var meta = Read(JsonLd("""{"@type": "NewsArticle", "headline": "T", "author": "https://x.example/autoren/erika"}"""));
        Assert.Empty(meta.Authors);
    }

    [Fact]
    public void Open_graph_alone_gives_headline_date_and_outlet()
    {
        var meta = Read("""
            <meta property="og:title" content="Mieten steigen | Beispielblatt">
            <meta property="og:site_name" content="Beispielblatt">
            <meta property="article:published_time" content="2024-02-08T16:10:00+01:00">
            <meta property="article:author" content="https://x.example/autoren/1">
            """);
        Assert.Equal("Mieten steigen | Beispielblatt", meta.Headline);
        Assert.Equal("2024-02-08T16:10:00+01:00", meta.DatePublished);
        Assert.Equal("Beispielblatt", meta.Publisher);
        Assert.Empty(meta.Authors);
    }
}
