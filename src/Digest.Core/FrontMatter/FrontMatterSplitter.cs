using Digest.Core.Diagnostics;

namespace Digest.Core.FrontMatter;

/// <summary>Splits <c>---</c>-delimited YAML front matter from a Markdown body.</summary>
public static class FrontMatterSplitter
{
    /// <summary>Line endings normalised to LF and a leading BOM dropped; everything else is kept as written.</summary>
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        return text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    /// <summary>Returns the block, or null with an error when the front matter is missing or never closed.</summary>
    public static FrontMatterBlock? Split(string text, string path, DiagnosticBag diagnostics)
    {
        text = Normalize(text);
        if (text.Trim().Length == 0)
        {
            diagnostics.Error(path, 1, 1, "file is empty; an article needs front matter (---, title: …, date: …, ---) and a body", DiagnosticCodes.EmptyFile);
            return null;
        }
        var firstEnd = text.IndexOf('\n');
        var firstLine = firstEnd < 0 ? text : text[..firstEnd];
        if (firstLine.TrimEnd() != "---")
        {
            diagnostics.Error(path, 1, 1, "missing front matter: the file must start with a '---' line, then YAML fields such as 'title:' and 'date:', then '---'", DiagnosticCodes.NoFrontMatter);
            return null;
        }
        var pos = firstEnd + 1;
        var line = 2;
        while (pos <= text.Length && firstEnd >= 0)
        {
            var end = text.IndexOf('\n', pos);
            var current = end < 0 ? text[pos..] : text[pos..end];
            var trimmed = current.TrimEnd();
            if (trimmed is "---" or "...")
            {
                var yaml = text[(firstEnd + 1)..pos];
                var body = end < 0 ? string.Empty : text[(end + 1)..];
                return new FrontMatterBlock(yaml, 2, body, line + 1);
            }
            if (end < 0)
            {
                break;
            }
            pos = end + 1;
            line++;
        }
        // Reported at the opening '---' (always line 1, column 1): the line that is there, not the one that is missing.
        diagnostics.Error(path, 1, 1, "this '---' opens front matter that is never closed; add a '---' line after the last field", DiagnosticCodes.UnclosedFrontMatter);
        return null;
    }
}
