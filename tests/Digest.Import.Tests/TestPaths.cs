namespace Digest.Import.Tests;

/// <summary>Where the fixtures are: our own beside the test assembly, the shared dev set beside the repository.</summary>
internal static class TestPaths
{
    public static string OwnFixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string OwnRaw => Path.Combine(OwnFixtures, "raw");

    /// <summary>The shared dev set (<c>&lt;repo&gt;/../shared/fixtures/dev</c>), or null when this checkout has none.</summary>
    public static string? DevSet()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "fixtures", "dev");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
            dir = dir.Parent;
        }
        return null;
    }

    public static string TempDir()
    {
        var path = Path.Combine(Path.GetTempPath(), "digest-import-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
