namespace Digest.Import.Boilerplate;

/// <summary>
/// A quick test that a line cannot end in a photo credit, run before the credit-tail expression. That expression is
/// built from the credit list at load time, so the native tool interprets it, right to left, on every candidate line;
/// most lines of running text fail the shapes below at once.
/// </summary>
internal sealed class CreditTailFilter
{
    /// <summary>What the expression allows after a credit name: one separator and up to 60 characters.</summary>
    private const int AfterName = 61;

    /// <summary>What the expression allows after "Foto:" and its spaces: up to 80 characters.</summary>
    private const int AfterLabel = 80;

    private readonly int _longestName;
    private readonly bool _nameHasSentenceEnd;

    public CreditTailFilter(IReadOnlyList<string> credits)
    {
        foreach (var c in credits)
        {
            _longestName = Math.Max(_longestName, c.Length);
            _nameHasSentenceEnd |= c.AsSpan().IndexOfAny(".!?") >= 0;
        }
    }

    /// <summary>
    /// False only when no alternative of the credit tail can match: a separator after white space followed, near the end,
    /// by a credit and at most a short remark (<c>" - dpa"</c>); a short label after a colon at the end (<c>"Foto: …"</c>);
    /// a closing bracket at the end (<c>"(AP photo)"</c>); a copyright sign. Necessary conditions only, so the
    /// expression's verdict is unchanged.
    /// </summary>
    public bool MayEndInCredit(string line)
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
        return LabelAtEnd(line, end) || SeparatorAndCreditAtEnd(line, end);
    }

    /// <summary>
    /// "Foto: …": a word, a colon, then at most 80 characters without a sentence end, and perhaps one full stop. The
    /// colons are looked at from the end: each earlier one leaves more text after it.
    /// </summary>
    private static bool LabelAtEnd(string line, int end)
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
                    if (end - SkipWhiteSpace(line, i + 1, end) > AfterLabel)
                    {
                        // Too much text after this colon, and after every earlier one.
                        return false;
                    }
                    if (i > 0 && char.IsLetter(line[i - 1]))
                    {
                        return true;
                    }
                    break;
                case '.' or '!' or '?':
                    return false;
            }
        }
        return false;
    }

    /// <summary>
    /// " - dpa", " | Getty Images/Name": after the separator (and white space) a credit name and at most 61 more
    /// characters; no sentence end in them unless a credit name has one.
    /// </summary>
    private bool SeparatorAndCreditAtEnd(string line, int end)
    {
        for (var i = 0; i + 1 < end; i++)
        {
            if (!char.IsWhiteSpace(line[i]) || line[i + 1] is not ('-' or '–' or '—' or '|'))
            {
                continue;
            }
            var from = SkipWhiteSpace(line, i + 2, end);
            if (end - from <= _longestName + AfterName && (_nameHasSentenceEnd || line.AsSpan(from, end - from).IndexOfAny(".!?") < 0))
            {
                return true;
            }
        }
        return false;
    }

    private static int SkipWhiteSpace(string line, int from, int end)
    {
        while (from < end && char.IsWhiteSpace(line[from]))
        {
            from++;
        }
        return from;
    }
}
