using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Site.Caching;

namespace Digest.Site.Tests.Caching;

public sealed class CacheCodecTests
{
    /// <summary>The properties <see cref="ArticleCodec"/> writes. A new <see cref="Article"/> property must be added to the codec and here.</summary>
    private static readonly string[] CachedProperties =
    [
        "SourcePath", "FileStem", "Title", "Date", "Updated", "Topics", "Experts", "People", "Summary", "Source", "SourceUrl",
        "Author", "Lang", "Image", "Slug", "Draft", "SourceFile", "ImportHash", "Extra", "Body", "BodyLine", "SlugSpan",
    ];

    [Fact]
    public void Codec_knows_every_article_property()
    {
        var properties = typeof(Article).GetProperties().Select(p => p.Name).Where(n => n != "EqualityContract").Order(StringComparer.Ordinal);

        Assert.Equal(CachedProperties.Order(StringComparer.Ordinal), properties);
    }

    [Fact]
    public void Article_survives_a_round_trip()
    {
        var article = new Article
        {
            SourcePath = "input/articles/x.md",
            FileStem = "x",
            Title = "Titel „mit“ Zeichen",
            Date = new ArticleDate(2024, 3, 5, new TimeSpan(9, 30, 0), TimeSpan.FromHours(1)),
            Updated = new ArticleDate(2024, 4, 0, null, null),
            Topics = [new TopicRef("ukraine", new SourceSpan(4, 10))],
            Experts = [new ExpertRef("Anna Beispiel", "Analystin", null, ["Zitat eins", "Zitat zwei"], new SourceSpan(5, 3))],
            People = ["Jemand"],
            Summary = "Kurz.",
            Source = "Quelle",
            SourceUrl = "https://example.org/",
            Author = "Autorin",
            Lang = "de",
            Image = new ArticleImage("images/a.png", "Alt", null, "Credit", new SourceSpan(9, 1)),
            Slug = "eigener-slug",
            SlugSpan = new SourceSpan(9, 7),
            Draft = true,
            SourceFile = "import/x.html",
            ImportHash = "abc",
            Extra = new Dictionary<string, object?>
            {
                ["text"] = "wert",
                ["flag"] = true,
                ["count"] = 3L,
                ["ratio"] = 0.5,
                ["none"] = null,
                ["list"] = new List<object?> { "a", 1L },
                ["map"] = new Dictionary<string, object?> { ["inner"] = "x" },
            },
            Body = "ignored",
            BodyLine = 12,
        };
        var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            CacheCodec.WriteEntry(w, "key", new CacheEntry("hash", article, 42, [Diagnostic.Warning("p", 1, 2, "m", DiagnosticCodes.UnknownTopic)], null));
        }
        stream.Position = 0;
        using var r = new BinaryReader(stream);

        var (key, entry) = CacheCodec.ReadEntry(r);
        var back = entry.Article;

        Assert.Equal("key", key);
        Assert.Equal("hash", entry.ContentHash);
        Assert.Equal(42, entry.BodyOffset);
        Assert.Equal("p:1:2: warning DG7001: m", Assert.Single(entry.Diagnostics).ToString());
        Assert.Same(DiagnosticCodes.UnknownTopic, Assert.Single(entry.Diagnostics).Code);
        Assert.Equal(article.SourcePath, back.SourcePath);
        Assert.Equal(article.FileStem, back.FileStem);
        Assert.Equal(article.Title, back.Title);
        Assert.Equal(article.Date, back.Date);
        Assert.Equal(article.Updated, back.Updated);
        Assert.Equal(article.Topics, back.Topics);
        var expert = Assert.Single(back.Experts);
        Assert.Equal(("Anna Beispiel", "Analystin", (string?)null, new SourceSpan(5, 3)), (expert.Name, expert.Role, expert.Org, expert.Span));
        Assert.Equal(["Zitat eins", "Zitat zwei"], expert.Quotes);
        Assert.Equal(article.People, back.People);
        Assert.Equal((article.Summary, article.Source, article.SourceUrl, article.Author, article.Lang), (back.Summary, back.Source, back.SourceUrl, back.Author, back.Lang));
        Assert.Equal(article.Image, back.Image);
        Assert.Equal((article.Slug, article.Draft, article.SourceFile, article.ImportHash, article.BodyLine), (back.Slug, back.Draft, back.SourceFile, back.ImportHash, back.BodyLine));
        Assert.Equal(article.SlugSpan, back.SlugSpan);
        Assert.Equal(article.Extra.Keys, back.Extra.Keys);
        Assert.Equal(["wert", true, 3L, 0.5, null], new[] { back.Extra["text"], back.Extra["flag"], back.Extra["count"], back.Extra["ratio"], back.Extra["none"] });
        Assert.Equal(new object?[] { "a", 1L }, (List<object?>)back.Extra["list"]!);
        Assert.Equal("x", ((Dictionary<string, object?>)back.Extra["map"]!)["inner"]);
        Assert.Equal(string.Empty, back.Body);
    }
}
