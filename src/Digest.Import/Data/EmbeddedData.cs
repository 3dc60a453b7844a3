using System.Reflection;

namespace Digest.Import.Data;

/// <summary>Reads the rule and vocabulary files shipped inside the assembly.</summary>
public static class EmbeddedData
{
    public static string Read(string fileName)
    {
        var name = "Digest.Import.Data." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
