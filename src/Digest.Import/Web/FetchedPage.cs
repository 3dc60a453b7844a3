namespace Digest.Import.Web;

/// <summary>A body fetched from the web: where it finally came from (after redirects), its media type and declared charset.</summary>
public sealed record FetchedPage(Uri FinalUrl, byte[] Body, string? MediaType, string? Charset)
{
    public bool IsPlainText => MediaType == "text/plain";
}
