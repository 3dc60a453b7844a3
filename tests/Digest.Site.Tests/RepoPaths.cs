namespace Digest.Site.Tests;

/// <summary>Folders of the source checkout the tests read from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string SampleInput => Path.Combine(Root, "input");

    public static string CheckingFixture(string name) => Path.Combine(Root, "tests", "Digest.Site.Tests", "Checking", "Fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Digest.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Digest.sln not found above " + AppContext.BaseDirectory);
    }
}
