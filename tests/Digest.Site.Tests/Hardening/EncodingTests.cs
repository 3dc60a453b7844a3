using Digest.TestSupport;
using System.Text;
using Digest.Site.Tests.TestSupport;

namespace Digest.Site.Tests.Hardening;

/// <summary>Binary files and wrong encodings are located errors; a byte order mark and CRLF line ends just work.</summary>
public class EncodingTests
{
    private static void WriteBytes(FixtureSite site, string relative, byte[] bytes) =>
        File.WriteAllBytes(Path.Combine(site.Input, relative), bytes);

    [Fact]
    public void Emoji_in_titles_topics_and_experts_build()
    {
        using var site = new FixtureSite().Article("emoji", "Gute Laune 🙂 heute", "2024-01-01", "topics: [\"Wetter 🌦\"]\nexperts: [\"Eva 🙂 Muster\"]");
        var result = site.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Contains("Gute Laune 🙂 heute", OutputInspection.MainOf(site.ReadOutput("articles/gute-laune-heute/index.html"))!.TextContent);
    }

    [Fact]
    public void A_binary_file_named_md_is_a_clear_error_and_other_articles_are_still_checked()
    {
        using var site = new FixtureSite().Article("good", "Gut", "2024-01-01").Article("bad-date", "Schlecht", "2024-13-01");
        WriteBytes(site, "articles/bild.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var result = site.Build();
        Assert.False(result.Success);
        var binary = Assert.Single(result.Diagnostics, d => d.Path.EndsWith("bild.md"));
        Assert.Contains("binary", binary.Message);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Path.EndsWith("bad-date.md"));
    }

    [Fact]
    public void Latin1_text_is_an_error_naming_the_encoding_at_the_first_bad_byte()
    {
        using var site = new FixtureSite();
        var latin1 = Encoding.Latin1.GetBytes("---\ntitle: Grüße\ndate: 2024-01-01\n---\nText\n");
        WriteBytes(site, "articles/latin.md", latin1);
        var result = site.Build();
        Assert.False(result.Success);
        var error = result.Diagnostics.First(d => d.IsError);
        Assert.EndsWith("latin.md", error.Path);
        Assert.Equal(2, error.Line);
        Assert.Contains("UTF-8", error.Message);
        Assert.Contains("Latin-1", error.Message);
    }

    [Theory]
    [InlineData("site.yml")]
    [InlineData("topics.yml")]
    [InlineData("experts.yml")]
    public void Invalid_utf8_in_data_files_is_a_located_error(string file)
    {
        using var site = new FixtureSite().Article("good", "Gut", "2024-01-01");
        WriteBytes(site, file, [.. "# \u00e4 ok\n"u8.ToArray(), 0xC3, 0x28, 0x0A]);
        var result = site.Build();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.EndsWith(file, error.Path);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Bom_and_crlf_articles_and_data_files_build_like_plain_ones()
    {
        using var plain = new FixtureSite()
            .File("site.yml", "title: Test\nlanguage: de\n")
            .File("articles/a.md", "---\ntitle: Gruss\ndate: 2024-01-01\ntopics: [energie]\n---\n# Kopf\n\nText mit Umlauten: äöü.\n");
        using var windows = new FixtureSite();
        WriteBytes(windows, "site.yml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("title: Test\r\nlanguage: de\r\n")]);
        WriteBytes(windows, "articles/a.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\ntitle: Gruss\r\ndate: 2024-01-01\r\ntopics: [energie]\r\n---\r\n# Kopf\r\n\r\nText mit Umlauten: äöü.\r\n")]);
        Assert.True(plain.Build().Success);
        var result = windows.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(plain.ReadOutput("articles/gruss/index.html"), windows.ReadOutput("articles/gruss/index.html"));
    }
}
