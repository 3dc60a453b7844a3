using Digest.Import.Model;
namespace Digest.Import.Pipeline;

/// <summary>Guesses the outlet of a text dump from its promos and self-references ("unsere neue RND-App").</summary>
internal static class SourceGuesser
{
    private static readonly (string Marker, string Outlet)[] Outlets =
    [
        ("RND-App", "RedaktionsNetzwerk Deutschland (RND)"),
        ("RedaktionsNetzwerk Deutschland", "RedaktionsNetzwerk Deutschland (RND)"),
        ("RTL+", "RTL"),
        ("SPIEGEL+", "DER SPIEGEL"),
        ("FAZ+", "Frankfurter Allgemeine Zeitung"),
        ("SZ Plus", "Süddeutsche Zeitung"),
        ("ZEIT ONLINE", "ZEIT ONLINE"),
        ("tagesschau.de", "tagesschau.de"),
        ("nau.ch", "Nau.ch"),
        ("BBC News", "BBC News"),
    ];

    /// <summary>The outlet named in removed page furniture, or null.</summary>
    public static string? Guess(IReadOnlyList<string> removed, string body)
    {
        foreach (var line in removed)
        {
            foreach (var (marker, outlet) in Outlets)
            {
                if (line.Contains(marker, StringComparison.Ordinal))
                {
                    return outlet;
                }
            }
        }
        return null;
    }
}
