namespace Digest.BrowserTests.Browsing;

/// <summary>How the reader reaches the built site.</summary>
public enum Delivery
{
    /// <summary>Opened straight from disk through file:// URLs.</summary>
    File,

    /// <summary>Served over HTTP from a sub-folder (<c>/digest/</c>) on 127.0.0.1.</summary>
    Http,
}
