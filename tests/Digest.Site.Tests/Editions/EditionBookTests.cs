using Digest.TestSupport;
using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using Digest.Site.Tests.TestSupport;

namespace Digest.Site.Tests.Editions;

public class EditionBookTests
{
    private static FixtureSite Built()
    {
        var site = EditionSites.Weekly();
        var result = site.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return site;
    }

    [Fact]
    public async Task The_epub_passes_epubcheck()
    {
        var jar = new[] { "/usr/share/java/epubcheck.jar", "/usr/share/epubcheck/epubcheck.jar" }.FirstOrDefault(File.Exists);
        if (jar is null || !OnPath("java"))
        {
            var reason = "epubcheck is not installed (apt-get install -y epubcheck; .ci/run installs it)";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            {
                Assert.Fail(reason);
            }
            Assert.Skip(reason);
        }
        using var site = Built();
        foreach (var book in Directory.EnumerateFiles(Path.Combine(site.Output, "editions"), "edition.epub", SearchOption.AllDirectories))
        {
            var run = Process.Start(new ProcessStartInfo("java", ["-jar", jar, book])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var cancel = TestContext.Current.CancellationToken;
            var output = run.StandardOutput.ReadToEndAsync(cancel);
            var errors = await run.StandardError.ReadToEndAsync(cancel);
            await run.WaitForExitAsync(cancel);
            var report = await output;
            Assert.True(run.ExitCode == 0, $"{book}:\n{report}\n{errors}");
            Assert.Contains("0 errors", report + errors);
        }
    }

    [Fact]
    public void The_epub_holds_introduction_articles_navigation_metadata_and_images()
    {
        using var site = Built();
        using var zip = ZipFile.OpenRead(Path.Combine(site.Output, "editions/woche-18/edition.epub"));

        var first = zip.Entries[0];
        Assert.Equal("mimetype", first.FullName);
        Assert.Equal(first.Length, first.CompressedLength);
        XNamespace opf = "http://www.idpf.org/2007/opf";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        var package = XDocument.Load(zip.GetEntry("EPUB/package.opf")!.Open());
        var metadata = package.Root!.Element(opf + "metadata")!;
        Assert.Equal("de", metadata.Element(dc + "language")!.Value);
        Assert.Equal("2024-05-06", metadata.Element(dc + "date")!.Value);
        Assert.Equal("Die Woche: Gas und Ostflanke", metadata.Element(dc + "title")!.Value);

        string Read(string name) => new StreamReader(zip.GetEntry(name)!.Open()).ReadToEnd();
        Assert.Contains("Diese Woche zählt die", Read("EPUB/title.xhtml"));
        var nav = Read("EPUB/nav.xhtml");
        Assert.Contains("epub:type=\"toc\"", nav);
        Assert.Contains("Gasspeicher voll", nav);
        var gas = Read("EPUB/a-gasspeicher-voll.xhtml");
        Assert.Contains("Text über Gas.", gas);
        Assert.Contains("Die Speicher reichen für den Winter.", gas);
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("EPUB/images/", StringComparison.Ordinal) && e.FullName.EndsWith(".svg", StringComparison.Ordinal));
        // The link between two articles of the edition stays inside the book.
        Assert.Contains("href=\"a-gasspeicher-voll.xhtml\"", Read("EPUB/a-ostflanke-ruestet-auf.xhtml"));
    }

    [Fact]
    public void The_one_file_edition_needs_nothing_else()
    {
        using var site = Built();
        var html = site.ReadOutput("editions/woche-18/edition.html");
        var doc = Html.Parse(html);

        Assert.Empty(doc.QuerySelectorAll("script, link[rel=stylesheet], iframe"));
        Assert.NotNull(doc.QuerySelector("head style"));
        var images = doc.QuerySelectorAll("img").ToList();
        Assert.NotEmpty(images);
        Assert.All(images, img => Assert.StartsWith("data:image/svg+xml;base64,", img.GetAttribute("src")));
        Assert.Contains("Text über Gas.", doc.Body!.TextContent);
        Assert.Contains("Die Speicher reichen für den Winter.", doc.Body.TextContent);
        // Articles of the edition link each other inside the file; every in-file link has its target.
        foreach (var href in doc.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]))
        {
            Assert.NotNull(doc.GetElementById(href));
        }
        Assert.Contains(doc.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "#a-gasspeicher-voll");
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, program)));
}
