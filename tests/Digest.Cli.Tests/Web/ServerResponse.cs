namespace Digest.Cli.Tests.Web;

/// <summary>What <see cref="LocalWebServer"/> answers on one path: status, headers, body, and how long it stalls first.</summary>
internal sealed record ServerResponse(int Status, string Reason, IReadOnlyList<(string Name, string Value)> Headers, byte[] Body)
{
    /// <summary>Wait before sending anything (a slow server).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Send a Content-Length header (else the body ends when the connection closes).</summary>
    public bool WithLength { get; init; } = true;

    public static ServerResponse Html(string html, string contentType = "text/html; charset=utf-8") =>
        new(200, "OK", [("Content-Type", contentType)], System.Text.Encoding.UTF8.GetBytes(html));

    public static ServerResponse Bytes(byte[] body, string contentType, params (string, string)[] headers) =>
        new(200, "OK", [("Content-Type", contentType), .. headers], body);

    public static ServerResponse Redirect(string location, int status = 302) =>
        new(status, status == 301 ? "Moved Permanently" : "Found", [("Location", location)], []);

    public static ServerResponse Error(int status, string reason) =>
        new(status, reason, [("Content-Type", "text/html")], System.Text.Encoding.UTF8.GetBytes($"<h1>{reason}</h1>"));
}
