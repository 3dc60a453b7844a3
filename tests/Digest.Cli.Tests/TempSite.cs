namespace Digest.Cli.Tests;

/// <summary>A throwaway input folder, deleted after the test.</summary>
internal sealed class TempSite : IDisposable
{
    public TempSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "digest-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Input, "articles"));
        Write("site.yml", "title: \"Testseite\"\nlanguage: de\n");
        Write("topics.yml", "- slug: nordkorea\n  label: Nordkorea\n");
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
