using Digest.TestSupport;

namespace Digest.Site.Tests.EndToEnd;

/// <summary>Builds the repository's sample site once for all tests in the class.</summary>
public sealed class SampleSiteFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public SampleSiteFixture()
    {
        Output = _folder.Combine("output");
        Result = SiteBuilder.Build(new BuildOptions
        {
            InputDir = RepoPaths.SampleInput,
            OutputDir = Output,
            DefaultThemeDir = RepoPaths.Theme,
            // Fixed, so the sample's future-dated article stays in the future.
            Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        });
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public IEnumerable<string> HtmlPages() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public string Relative(string fullPath) => Path.GetRelativePath(Output, fullPath).Replace('\\', '/');

    public void Dispose() => _folder.Dispose();
}
