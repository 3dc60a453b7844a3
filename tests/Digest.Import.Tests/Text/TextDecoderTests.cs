using System.Text;
using Digest.Import.Text;

namespace Digest.Import.Tests.Text;

public class TextDecoderTests
{
    [Fact]
    public void Empty_file_is_an_error()
    {
        var r = TextDecoder.Decode([]);
        Assert.False(r.Ok);
        Assert.Contains("empty", r.Error);
    }

    [Fact]
    public void Whitespace_only_is_an_error()
    {
        Assert.Contains("white space", TextDecoder.Decode(Encoding.UTF8.GetBytes(" \n\t\n")).Error);
    }

    [Fact]
    public void Binary_data_is_an_error()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D };
        var r = TextDecoder.Decode(bytes);
        Assert.False(r.Ok);
        Assert.Contains("binary", r.Error);
    }

    [Fact]
    public void Utf8_with_bom_loses_the_bom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Grüße")).ToArray();
        var r = TextDecoder.Decode(bytes);
        Assert.Equal("Grüße", r.Text);
        Assert.Equal("utf-8", r.Encoding);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_latin1()
    {
        var r = TextDecoder.Decode(Encoding.Latin1.GetBytes("Übermäßig große Straße"));
        Assert.Equal("Übermäßig große Straße", r.Text);
        Assert.Equal("latin-1", r.Encoding);
    }

    [Fact]
    public void Mostly_utf8_with_a_broken_byte_stays_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("Größere Sorgen über ").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes(" Gaspreise")).ToArray();
        var r = TextDecoder.Decode(bytes);
        Assert.Equal("Größere Sorgen über \uFFFD Gaspreise", r.Text);
        Assert.Equal("utf-8-repaired", r.Encoding);
    }

    [Fact]
    public void Utf16_with_bom_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Hallo Welt")).ToArray();
        Assert.Equal("Hallo Welt", TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Crlf_and_cr_become_lf()
    {
        Assert.Equal("a\nb\nc", TextDecoder.Decode(Encoding.UTF8.GetBytes("a\r\nb\rc")).Text);
    }
}
