namespace Digest.Cli.Serving;

/// <summary>One open page's event stream: where the page is and which served version it shows.</summary>
public sealed class ListeningPage(EventClient client, string? path, int? version)
{
    /// <summary>The stream.</summary>
    public EventClient Client { get; } = client;

    /// <summary>The site file the page shows (<c>articles/x/index.html</c>); null when the page did not say.</summary>
    public string? Path { get; } = path;

    /// <summary>The served version whose bytes the page shows; moved on when a build leaves them the same. Changed under the hub's lock.</summary>
    public int? Version { get; set; } = version;

    /// <summary>Whether the page was told to reload: it loads the newest version and connects again, so it is told nothing more. Under the hub's lock.</summary>
    public bool Reloading { get; set; }
}
