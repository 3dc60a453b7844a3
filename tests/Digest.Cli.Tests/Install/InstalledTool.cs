using Digest.TestSupport;
using System.Diagnostics;

namespace Digest.Cli.Tests.Install;

/// <summary>
/// Digest packed and installed the way users get it (<c>dotnet pack</c>, then <c>dotnet tool install
/// --add-source</c>), once for all tests of the class: packing the native package takes a minute or two.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    public InstalledTool()
    {
        Root = Path.Combine(Path.GetTempPath(), "digest-install-" + Guid.NewGuid().ToString("N"));
        var packages = Path.Combine(Root, "packages");
        ToolPath = Path.Combine(Root, "tools");
        var project = Path.Combine(RepoPaths.Root, "src", "Digest.Cli", "Digest.Cli.csproj");
        // Its own build folders, so packing does not race the test run's own build of the same projects.
        var artifacts = Path.Combine(Root, "artifacts");

        // The pointer package and the framework-dependent one, then the native one for this machine, as a release does.
        Dotnet("pack", project, "-c", "Release", "-o", packages, "--artifacts-path", artifacts);
        Dotnet("pack", project, "-c", "Release", "-r", "any", "-o", packages, "--artifacts-path", artifacts);
        if (IsLinuxX64)
        {
            Dotnet("pack", project, "-c", "Release", "-r", "linux-x64", "-o", packages, "--artifacts-path", artifacts);
        }
        Dotnet("tool", "install", "Digest.Cli", "--tool-path", ToolPath, "--add-source", packages);
        Command = Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "digest.exe" : "digest");
    }

    public static bool IsLinuxX64 =>
        OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture
            == System.Runtime.InteropServices.Architecture.X64;

    public string Root { get; }

    public string ToolPath { get; }

    /// <summary>The installed <c>digest</c> command.</summary>
    public string Command { get; }

    public (int Exit, string Out, string Err) Run(params string[] args) => RunProcess(Command, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not worth failing a test run for.
        }
    }

    private static void Dotnet(params string[] args)
    {
        var (exit, stdout, stderr) = RunProcess("dotnet", args);
        if (exit != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', args)} failed ({exit}):\n{stdout}\n{stderr}");
        }
    }

    private static (int Exit, string Out, string Err) RunProcess(string file, string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // `dotnet test` hands its MSBuild settings to the test process; a nested pack must find its own.
        foreach (var name in new List<string>(start.Environment.Keys))
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 10 minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
