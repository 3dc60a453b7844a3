namespace Digest.Import.Web;

/// <summary>The page, or the one-line reason there is none ("HTTP 404 Not Found", "timed out after 20 s").</summary>
public sealed record FetchResult(FetchedPage? Page, string? Error)
{
    public static FetchResult Fail(string error) => new(null, error);
}
