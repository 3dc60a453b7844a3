using System.Text;
using Digest.Core.Diagnostics;
using Digest.Core.Yaml;

namespace Digest.Core.Tests.Yaml;

public class YamlReaderTests
{
    [Fact]
    public void Reports_duplicate_keys_at_the_second_one()
    {
        var bag = new DiagnosticBag();
        Assert.Null(YamlReader.Read("title: a\ndate: 2022\ntitle: b\n", "f.yml", 0, bag));
        var error = Assert.Single(bag.Sorted());
        Assert.Equal(3, error.Line);
        Assert.Contains("duplicate key 'title' (first given at line 1)", error.Message);
    }

    [Fact]
    public void Reports_an_unclosed_quote_with_a_position()
    {
        var bag = new DiagnosticBag();
        Assert.Null(YamlReader.Read("title: \"open\ndate: 2022\n", "f.yml", 1, bag));
        var error = Assert.Single(bag.Sorted());
        Assert.True(error.Line >= 2);
        Assert.Contains("invalid YAML", error.Message);
    }

    [Fact]
    public void Refuses_alias_bombs_quickly()
    {
        var yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        var previous = "a";
        for (var i = 0; i < 12; i++)
        {
            var name = "l" + i;
            yaml.Append($"{name}: &{name} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n");
            previous = name;
        }
        var bag = new DiagnosticBag();
        Assert.Null(YamlReader.Read(yaml.ToString(), "bomb.yml", 0, bag));
        Assert.Contains("alias", Assert.Single(bag.Sorted()).Message);
    }

    [Fact]
    public void Refuses_deep_nesting_without_overflowing_the_stack()
    {
        var yaml = new string('[', 20_000) + new string(']', 20_000);
        var bag = new DiagnosticBag();
        Assert.Null(YamlReader.Read(yaml, "deep.yml", 0, bag));
        Assert.Contains("nested more than", Assert.Single(bag.Sorted()).Message);
    }

    [Fact]
    public void Keeps_positions_of_values()
    {
        var bag = new DiagnosticBag();
        var root = Assert.IsType<YMapping>(YamlReader.Read("title: x\ntopics:\n  - a\n  - b\n", "f.yml", 1, bag));
        var topics = Assert.IsType<YSequence>(root.Get("topics"));
        Assert.Equal((4, 5), (topics.Items[0].Line, topics.Items[0].Column));
    }
}
