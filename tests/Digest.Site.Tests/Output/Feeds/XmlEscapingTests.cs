using System.Xml;
using Digest.Site.Output.Feeds;

namespace Digest.Site.Tests.Output.Feeds;

public class XmlEscapingTests
{
    [Theory]
    [InlineData("Tom & Jerry", "Tom &amp; Jerry")]
    [InlineData("<p class=\"x\">a > b</p>", "&lt;p class=\"x\"&gt;a &gt; b&lt;/p&gt;")]
    [InlineData("end ]]> here", "end ]]&gt; here")]
    [InlineData("line\nnext\ttab", "line\nnext\ttab")]
    [InlineData("crlf\r\n", "crlf&#xD;\n")]
    [InlineData("Südkorea – 😀", "Südkorea – 😀")]
    public void Text_escapes_markup(string text, string expected) =>
        Assert.Equal(expected, XmlEscaping.EscapeText(text));

    [Fact]
    public void Attributes_also_escape_quotes_and_whitespace_that_parsers_would_normalise() =>
        Assert.Equal("a &quot;b&quot; &amp; &lt;c&gt;&#xA;&#x9;&#xD;", XmlEscaping.EscapeAttribute("a \"b\" & <c>\n\t\r"));

    [Theory]
    [InlineData("a\u0001b\u0008c\u000Bd\u000Ce\u001Ff", "abcdef")]
    [InlineData("x\uFFFEy\uFFFFz", "xyz")]
    [InlineData("\0", "")]
    public void Characters_xml_does_not_allow_are_dropped(string text, string expected)
    {
        Assert.Equal(expected, XmlEscaping.EscapeText(text));
        Assert.Equal(expected, XmlEscaping.EscapeAttribute(text));
    }

    [Fact]
    public void Unpaired_surrogates_are_dropped_and_pairs_kept()
    {
        var text = new string(['a', '\uD83D', 'b', '\uDE00', 'c', '\uD83D', '\uDE00', '\uDE00', '\uD83D']);
        Assert.Equal("abc😀", XmlEscaping.EscapeText(text));
    }

    [Fact]
    public void Every_character_round_trips_through_a_parser_or_is_dropped()
    {
        var chars = new char[0x3000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)i;
        }
        var text = new string(chars);
        var xml = $"<r a=\"{XmlEscaping.EscapeAttribute(text)}\">{XmlEscaping.EscapeText(text)}</r>";
        var doc = new XmlDocument();
        doc.LoadXml(xml);
        var kept = new string(Array.FindAll(chars, c => c >= ' ' || c is '\t' or '\n' or '\r'));
        Assert.Equal(kept, doc.DocumentElement!.InnerText);
        Assert.Equal(kept, doc.DocumentElement.GetAttribute("a"));
    }
}
