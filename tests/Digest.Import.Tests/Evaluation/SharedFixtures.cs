namespace Digest.Import.Tests.Evaluation;

/// <summary>The shared gold sets beside the repository (<c>../shared/fixtures/NAME</c>), when this checkout has them.</summary>
internal static class SharedFixtures
{
    public static string? Find(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "fixtures", name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
            dir = dir.Parent;
        }
        return null;
    }
}
