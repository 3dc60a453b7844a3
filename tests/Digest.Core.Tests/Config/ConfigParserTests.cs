using Digest.Core.Config;
using Digest.Core.Diagnostics;

namespace Digest.Core.Tests.Config;

public class ConfigParserTests
{
    [Fact]
    public void Site_settings_have_defaults_and_normalise_base_url()
    {
        var bag = new DiagnosticBag();
        var settings = SiteSettingsParser.Parse("title: Lagebild\nlanguage: de\nbase_url: https://example.org/digest\nper_page: 7\nfooter: x\n", "site.yml", bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal("Lagebild", settings.Title);
        Assert.Equal("de", settings.Language);
        Assert.Equal("https://example.org/digest/", settings.BaseUrl);
        Assert.Equal(7, settings.PerPage);
        Assert.Equal("x", settings.Extra["footer"]);
    }

    [Theory]
    [InlineData("language: fr\n", "language 'fr' is not supported")]
    [InlineData("per_page: 0\n", "'per_page' must be a whole number greater than 0")]
    [InlineData("base_url: /digest/\n", "must be an absolute http(s) URL")]
    public void Site_settings_report_bad_values(string yaml, string message)
    {
        var bag = new DiagnosticBag();
        SiteSettingsParser.Parse(yaml, "site.yml", bag);
        Assert.Contains(message, Assert.Single(bag.Sorted()).Message);
    }

    [Fact]
    public void Topics_read_slug_label_aliases_and_description()
    {
        var bag = new DiagnosticBag();
        var topics = TopicsParser.Parse("- slug: suedkorea\n  label: Südkorea\n  aliases: [Seoul, South Korea]\n  description: Das Land.\n- label: Straße von Hormus\n", "topics.yml", bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal("suedkorea", topics[0].Slug);
        Assert.Equal(["Seoul", "South Korea"], topics[0].Aliases);
        Assert.Equal("strasse-von-hormus", topics[1].Slug);
    }

    [Fact]
    public void Experts_need_a_name()
    {
        var bag = new DiagnosticBag();
        var experts = ExpertsParser.Parse("- name: Dr. Lena Marquardt\n  aliases: [Lena Marquardt]\n  role: Fellow\n- role: nobody\n", "experts.yml", bag);
        Assert.Single(experts);
        var error = Assert.Single(bag.Sorted());
        Assert.Equal(4, error.Line);
        Assert.Contains("needs a 'name'", error.Message);
    }
}
