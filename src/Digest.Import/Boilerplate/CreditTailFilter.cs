namespace Digest.Import.Boilerplate;

/// <summary>
/// A quick test that a line cannot end in a photo credit, run before the credit-tail expression. That expression is
/// built from the credit list at load time, so the native tool interprets it, right to left, on every candidate line;
/// most lines of running text fail one of the shapes below at once.
/// </summary>
internal static class CreditTailFilter
{
    /// <summary>
    /// False only when no alternative of the credit tail can match: each needs a white-space-and-separator pair
    /// (<c>" - dpa"</c>), a colon with no sentence end after it (<c>"Foto: …"</c>), a closing bracket at the end
    /// (<c>"(AP photo)"</c>) or a copyright sign. Necessary conditions only, so the expression's verdict is unchanged.
    /// </summary>
    public static bool MayEndInCredit(string line)
    {
        if (line.Contains('©'))
        {
            return true;
        }
        var end = line.Length;
        while (end > 0 && char.IsWhiteSpace(line[end - 1]))
        {
            end--;
        }
        if (end > 0 && line[end - 1] == ')')
        {
            return true;
        }
        if (ColonAfterLastSentenceEnd(line, end))
        {
            return true;
        }
        for (var i = 0; i + 1 < line.Length; i++)
        {
            if (char.IsWhiteSpace(line[i]) && line[i + 1] is '-' or '–' or '—' or '|')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Foto: …" ends the line with at most one full stop (and a closing bracket) after the credit: a colon must follow
    /// the last '.', '!' or '?' of the line once that final stop is set aside.
    /// </summary>
    private static bool ColonAfterLastSentenceEnd(string line, int end)
    {
        if (end > 0 && line[end - 1] == '.')
        {
            end--;
        }
        for (var i = end - 1; i >= 0; i--)
        {
            switch (line[i])
            {
                case ':':
                    return true;
                case '.' or '!' or '?':
                    return false;
            }
        }
        return false;
    }
}
