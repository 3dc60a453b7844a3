namespace Digest.BrowserTests.Fixtures;

/// <summary>
/// Whether the system Chromium is there. A developer without it gets skipped tests; CI (variable <c>CI</c> set)
/// installs it, so there a missing browser is a failure rather than a silent skip.
/// </summary>
public static class ChromiumAvailability
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool IsCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static string MissingReason =>
        $"Chromium not found at {ExecutablePath}; install it (apt-get install -y chromium) to run the browser tests.";
}
