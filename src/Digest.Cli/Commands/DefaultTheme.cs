namespace Digest.Cli.Commands;

/// <summary>Finds the bundled theme next to the tool, so <c>digest build</c> works from any folder.</summary>
public static class DefaultTheme
{
    public static string Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "theme");
        if (Directory.Exists(beside))
        {
            return beside;
        }
        // Running from a source checkout without the copied theme: walk up to the repository's theme/.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "theme");
            if (Directory.Exists(Path.Combine(candidate, "layouts")))
            {
                return candidate;
            }
        }
        return beside;
    }
}
