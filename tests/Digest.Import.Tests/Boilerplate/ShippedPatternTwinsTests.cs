using System.Text.RegularExpressions;
using Digest.Core.Diagnostics;
using Digest.Import.Boilerplate;
using Digest.Import.Data;

namespace Digest.Import.Tests.Boilerplate;

/// <summary>
/// The shipped boilerplate patterns run as source-generated twins (Boilerplate/ShippedPatternTwins.cs). Editing a pattern
/// in Data/boilerplate.yml without its twin would quietly bring back the interpreter; these tests say which one.
/// </summary>
public class ShippedPatternTwinsTests
{
    private static readonly string[] RegexLists = ["patterns", "stop_patterns", "strip_patterns"];

    private static List<string> ShippedPatterns()
    {
        var diagnostics = new DiagnosticBag();
        var lists = YamlLists.ReadLocated(EmbeddedData.Read("boilerplate.yml"), "Data/boilerplate.yml", diagnostics);
        Assert.Equal(0, diagnostics.Count);
        var patterns = new List<string>();
        foreach (var key in RegexLists)
        {
            patterns.AddRange(lists[key].Values);
        }
        return patterns;
    }

    /// <summary>A source-generated regex is a class of its own; <c>new Regex(…)</c> is the interpreter.</summary>
    private static bool IsGenerated(Regex r) => r.GetType() != typeof(Regex);

    [Fact]
    public void Every_shipped_pattern_has_a_generated_twin()
    {
        var patterns = ShippedPatterns();
        Assert.True(patterns.Count > 20, $"only {patterns.Count} shipped patterns read");
        var missing = patterns.FindAll(static p => ShippedPatternTwins.Find(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5)) is null);
        Assert.True(missing.Count == 0,
            "shipped pattern(s) without an identical [GeneratedRegex] twin in Boilerplate/ShippedPatternTwins.cs (same text, options and timeout):\n  "
            + string.Join("\n  ", missing));
    }

    [Fact]
    public void The_shipped_rules_run_no_interpreted_regex()
    {
        var interpreted = new List<string>();
        foreach (var r in BoilerplateRules.Default.Regexes)
        {
            if (!IsGenerated(r))
            {
                interpreted.Add(r.ToString());
            }
        }
        Assert.True(interpreted.Count == 0,
            "the shipped rules interpret these regexes; give each an identical [GeneratedRegex] twin in Boilerplate/ShippedPatternTwins.cs:\n  "
            + string.Join("\n  ", interpreted));
    }

    [Fact]
    public void No_twin_is_left_without_its_shipped_pattern()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in BoilerplateRules.Default.Regexes)
        {
            used.Add(r.ToString());
        }
        var leftOver = new List<string>();
        foreach (var twin in ShippedPatternTwins.All)
        {
            if (!used.Contains(twin.ToString()))
            {
                leftOver.Add(twin.ToString());
            }
        }
        Assert.True(ShippedPatternTwins.All.Count > 20, $"only {ShippedPatternTwins.All.Count} twins");
        Assert.True(leftOver.Count == 0,
            "twin(s) in Boilerplate/ShippedPatternTwins.cs whose pattern is no longer in Data/boilerplate.yml (remove them):\n  "
            + string.Join("\n  ", leftOver));
    }

    [Fact]
    public void A_twin_is_only_found_for_the_same_options_and_timeout()
    {
        var pattern = ShippedPatterns()[0];
        Assert.NotNull(ShippedPatternTwins.Find(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5)));
        Assert.Null(ShippedPatternTwins.Find(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(5)));
        Assert.Null(ShippedPatternTwins.Find(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
        Assert.Null(ShippedPatternTwins.Find(pattern + "x", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void A_site_pattern_is_interpreted_and_applies_beside_the_twins()
    {
        var dir = TestPaths.TempDir();
        var file = Path.Combine(dir, "boilerplate.yml");
        // The site repeats a shipped pattern and adds one of its own: both are read from the site's file, so interpreted.
        var shippedFirst = ShippedPatterns()[0];
        File.WriteAllText(file, $"patterns:\n  - '^Hörtipp: .+ ab \\d+ Uhr$'\n  - '{shippedFirst.Replace("'", "''", StringComparison.Ordinal)}'\ncredits:\n  - Bildwerk Nord\n");
        var diagnostics = new DiagnosticBag();
        var rules = BoilerplateRules.Load(file, diagnostics);
        Assert.Equal(0, diagnostics.Count);

        Assert.Equal(LineVerdict.Drop, rules.Classify("Hörtipp: Das Abendmagazin ab 19 Uhr"));
        Assert.Equal(LineVerdict.Drop, rules.Classify("12 Kommentare"));
        Assert.Equal(LineVerdict.Keep, rules.Classify("Der Hörtipp kam am Abend um 19 Uhr."));

        var own = new List<Regex>();
        foreach (var r in rules.Regexes)
        {
            if (!IsGenerated(r))
            {
                own.Add(r);
            }
        }
        // The two site patterns, and the credit tail, which the site's credit changes.
        Assert.Equal(3, own.Count);
        Assert.Contains(own, static r => r.ToString().Contains("Hörtipp", StringComparison.Ordinal));
        Assert.Contains(own, r => r.ToString() == shippedFirst);
        Assert.Contains(own, static r => r.ToString().Contains("Bildwerk", StringComparison.Ordinal));
        Assert.True(rules.TrySplitCaption("Boote im Hafen. - Bildwerk Nord", out var caption, out var credit));
        Assert.Equal(("Boote im Hafen.", "Bildwerk Nord"), (caption, credit));
    }
}
