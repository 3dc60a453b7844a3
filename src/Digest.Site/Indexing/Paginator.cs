namespace Digest.Site.Indexing;

/// <summary>Splits a list into pages and names their files (<c>index.html</c>, <c>page/2/index.html</c>, …).</summary>
internal static class Paginator
{
    /// <summary>Page <paramref name="number"/> (1-based) of a listing whose first page is <paramref name="basePath"/> (e.g. <c>topics/x/</c>).</summary>
    public static string PagePath(string basePath, int number) =>
        number <= 1 ? basePath + "index.html" : $"{basePath}page/{number}/index.html";

    public static int PageCount(int items, int perPage) => Math.Max(1, (items + perPage - 1) / perPage);

    /// <summary>The items of page <paramref name="number"/> (1-based).</summary>
    public static IReadOnlyList<T> Slice<T>(IReadOnlyList<T> items, int perPage, int number)
    {
        var start = (number - 1) * perPage;
        var count = Math.Max(0, Math.Min(perPage, items.Count - start));
        var page = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            page.Add(items[start + i]);
        }
        return page;
    }
}
