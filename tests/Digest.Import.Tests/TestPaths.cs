namespace Digest.Import.Tests;

/// <summary>Where the fixtures are: our own beside the test assembly, the shared sets in Digest.TestSupport.SharedFixtures.</summary>
internal static class TestPaths
{
    public static string OwnFixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string OwnRaw => Path.Combine(OwnFixtures, "raw");

    public static string TempDir()
    {
        var path = Path.Combine(Path.GetTempPath(), "digest-import-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
