using Digest.TestSupport;

namespace Digest.Site.Tests.TestSupport;

/// <summary>A small site written to a temporary folder, built with the repository's default theme.</summary>
public sealed class FixtureSite : IDisposable
{
    private readonly TempFolder _folder = new();

    public FixtureSite()
    {
        Directory.CreateDirectory(Input);
        Directory.CreateDirectory(System.IO.Path.Combine(Input, "articles"));
    }

    public string Input => _folder.Combine("input");

    public string Output => _folder.Combine("output");

    /// <summary>A fixed "now" so future-dated articles are decided the same way on every run.</summary>
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public FixtureSite File(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Input, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return this;
    }

    public FixtureSite Article(string stem, string title, string date, string extraFrontMatter = "", string body = "Text.")
    {
        var fm = $"---\ntitle: \"{title.Replace("\"", "\\\"")}\"\ndate: {date}\n{extraFrontMatter}{(extraFrontMatter.EndsWith('\n') || extraFrontMatter.Length == 0 ? "" : "\n")}---\n{body}\n";
        return File($"articles/{stem}.md", fm);
    }

    public BuildOptions Options(bool drafts = false, bool future = false) => new()
    {
        InputDir = Input,
        OutputDir = Output,
        DefaultThemeDir = RepoPaths.Theme,
        IncludeDrafts = drafts,
        IncludeFuture = future,
        Now = Now,
    };

    public BuildResult Build(bool drafts = false, bool future = false) => SiteBuilder.Build(Options(drafts, future));

    public string ReadOutput(string relativePath) => System.IO.File.ReadAllText(System.IO.Path.Combine(Output, relativePath));

    public bool OutputExists(string relativePath) => System.IO.File.Exists(System.IO.Path.Combine(Output, relativePath));

    public void Dispose() => _folder.Dispose();
}
