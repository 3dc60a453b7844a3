namespace Digest.TestSupport;

/// <summary>Locates the repository (the folder holding Digest.sln) from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string SampleInput => Path.Combine(Root, "input");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Digest.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Digest.sln not found above " + AppContext.BaseDirectory);
    }
}
