namespace Digest.Import.Web;

/// <summary>The limits of one web import: each one, when exceeded, refuses the page with a one-line message.</summary>
public sealed record WebLimits
{
    public const int DefaultTimeoutSeconds = 20;

    /// <summary>For the whole fetch of one address, redirects and body included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(DefaultTimeoutSeconds);

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Of the body as it is after decompression, so a small gzip body that expands past it is refused too.</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Requests to one host at the same time: a polite importer does not hammer a site.</summary>
    public int MaxPerHost { get; init; } = 2;

    /// <summary>Requests in flight at once over all hosts.</summary>
    public int MaxInFlight { get; init; } = 8;

    /// <summary>Names the tool, so a site's operator can see who is asking.</summary>
    public string UserAgent { get; init; } = DefaultUserAgent(typeof(WebLimits).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    public static string DefaultUserAgent(string version) => $"Digest/{version} (static-site generator; article import)";
}
