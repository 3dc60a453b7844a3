namespace Digest.BrowserTests.Fixtures;

/// <summary>Finds the repository (the folder holding Digest.sln) from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Digest.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Digest.sln above {AppContext.BaseDirectory}.");
    }
}
