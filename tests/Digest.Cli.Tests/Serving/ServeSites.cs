using Digest.TestSupport;
using System.Net;
using System.Net.Sockets;
using Digest.Cli.Tests.Install;
using Digest.Site;

namespace Digest.Cli.Tests.Serving;

/// <summary>What the serve tests share: build options over a test site with the repository's theme, and a free port.</summary>
internal static class ServeSites
{
    public static BuildOptions Options(TempSite site) => new()
    {
        InputDir = site.Input,
        OutputDir = Path.Combine(site.Root, "output"),
        DefaultThemeDir = RepoPaths.Theme,
    };

    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
