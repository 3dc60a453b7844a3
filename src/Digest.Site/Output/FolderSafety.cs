using Digest.Core.Diagnostics;
using Digest.Core.Paths;
using Digest.Site.Loading;

namespace Digest.Site.Output;

/// <summary>Refuses output folders whose cleaning or writing could destroy what users wrote.</summary>
internal static class FolderSafety
{
    /// <summary>Null when <paramref name="output"/> is safe to write; otherwise why not.</summary>
    public static Diagnostic? Check(string output, string input, IEnumerable<string> themeLayers)
    {
        var o = FolderPaths.Normalize(output);
        if (File.Exists(o))
        {
            return Diagnostic.Refusal(DiagnosticCodes.OutputIsFile, $"the output folder '{o}' is a file; choose a folder (it is created when missing)");
        }
        if (Path.GetPathRoot(o) is { } root && FolderPaths.Normalize(root) == o)
        {
            return Diagnostic.Refusal(DiagnosticCodes.OutputIsRoot, $"refusing to use the filesystem root '{o}' as the output folder");
        }
        if (o == FolderPaths.Normalize(Environment.CurrentDirectory))
        {
            return Diagnostic.Refusal(DiagnosticCodes.OutputIsCurrentFolder, $"refusing to use the current folder '{o}' as the output folder; name a sub-folder such as 'output'");
        }
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && o == FolderPaths.Normalize(home))
        {
            return Diagnostic.Refusal(DiagnosticCodes.OutputIsHome, $"refusing to use the home folder '{o}' as the output folder");
        }
        if (FolderPaths.IsInside(o, Environment.CurrentDirectory) && o != FolderPaths.Normalize(Environment.CurrentDirectory))
        {
            return Diagnostic.Refusal(DiagnosticCodes.OutputContainsCurrentFolder, $"refusing to use '{o}' as the output folder: it contains the current folder");
        }
        foreach (var (name, folder) in Sources(input, themeLayers))
        {
            var f = FolderPaths.Normalize(folder);
            if (o == f)
            {
                return Diagnostic.Refusal(DiagnosticCodes.OutputIsSource, $"the output folder '{o}' is the {name} folder; choose another output folder");
            }
            if (FolderPaths.IsInside(o, f))
            {
                return Diagnostic.Refusal(DiagnosticCodes.OutputContainsSource, $"the output folder '{o}' contains the {name} folder '{f}'; choose another output folder");
            }
            if (FolderPaths.IsInside(f, o))
            {
                return Diagnostic.Refusal(DiagnosticCodes.OutputInsideSource, $"the output folder '{o}' lies inside the {name} folder '{f}'; choose another output folder");
            }
        }
        return null;
    }

    private static IEnumerable<(string Name, string Folder)> Sources(string input, IEnumerable<string> themeLayers)
    {
        yield return ("input", input);
        foreach (var layer in themeLayers)
        {
            yield return ("theme", layer);
        }
    }
}
