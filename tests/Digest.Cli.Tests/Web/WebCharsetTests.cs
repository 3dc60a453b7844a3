using System.Text;
using Digest.Cli.Commands;

namespace Digest.Cli.Tests.Web;

/// <summary>The encoding of a fetched page: byte-order mark, then the Content-Type charset, then a meta charset.</summary>
public class WebCharsetTests
{
    private static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    // „…“ and – exist in Windows-1252 (bytes 0x84, 0x93, 0x96) but not in Latin-1, so only a decoder that honours
    // the declared charset gets them right.
    private const string Title = "„Größere Übungen“ – Südkorea";

    private static string ImportedTitle(ServerResponse response)
    {
        using var site = new TempSite();
        using var server = new LocalWebServer().Map("/page", response);
        var (exit, stdout, stderr) = site.Run("import", server.Url("/page"), "--input", site.Input);
        Assert.True(exit == ExitCodes.Ok, stdout + stderr);
        var text = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(site.Input, "articles"), "*.md")));
        var line = text.Split('\n').First(l => l.StartsWith("title: ", StringComparison.Ordinal));
        return line["title: ".Length..].Trim('"');
    }

    private static string PageWithoutMeta() => Pages.Article(Title, "2024-05-06").Replace("<meta charset=\"utf-8\">", string.Empty, StringComparison.Ordinal);

    [Fact]
    public void The_content_type_charset_decides()
    {
        var bytes = Windows1252.GetBytes(PageWithoutMeta());
        Assert.Equal(Title, ImportedTitle(ServerResponse.Bytes(bytes, "text/html; charset=windows-1252")));
    }

    [Fact]
    public void A_latin1_label_is_read_as_windows_1252_as_browsers_do()
    {
        var bytes = Windows1252.GetBytes(PageWithoutMeta());
        Assert.Equal(Title, ImportedTitle(ServerResponse.Bytes(bytes, "text/html; charset=ISO-8859-1")));
    }

    [Fact]
    public void Without_a_header_charset_the_meta_charset_decides()
    {
        var html = Pages.Article(Title, "2024-05-06").Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", StringComparison.Ordinal);
        Assert.Equal(Title, ImportedTitle(ServerResponse.Bytes(Windows1252.GetBytes(html), "text/html")));
    }

    [Fact]
    public void A_byte_order_mark_wins_over_a_wrong_header()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(PageWithoutMeta())).ToArray();
        Assert.Equal(Title, ImportedTitle(ServerResponse.Bytes(bytes, "text/html; charset=iso-8859-1")));
    }

    [Fact]
    public void Utf8_without_any_declaration_is_recognised()
    {
        Assert.Equal(Title, ImportedTitle(ServerResponse.Bytes(Encoding.UTF8.GetBytes(PageWithoutMeta()), "text/html")));
    }
}
