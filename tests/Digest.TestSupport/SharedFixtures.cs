namespace Digest.TestSupport;

/// <summary>
/// The shared gold sets beside the repository (<c>../shared/fixtures/NAME</c>). They are not part of every checkout,
/// so a test that needs them skips, saying why, where they are absent.
/// </summary>
public static class SharedFixtures
{
    /// <summary>The folder <c>shared/fixtures/NAME</c> nearest above the test binaries, or null when there is none.</summary>
    public static string? Find(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "fixtures", name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>The folders of the named sets, in order; skips the calling test when any of them is absent.</summary>
    public static string[] RequireOrSkip(params string[] names)
    {
        var found = new string[names.Length];
        var missing = new List<string>();
        for (var i = 0; i < names.Length; i++)
        {
            if (Find(names[i]) is { } folder)
            {
                found[i] = folder;
            }
            else
            {
                missing.Add("../shared/fixtures/" + names[i]);
            }
        }
        if (missing.Count > 0)
        {
            Assert.Skip($"{string.Join(" and ", missing)} not found above {AppContext.BaseDirectory}: the shared gold sets are not part of this checkout");
        }
        return found;
    }
}
