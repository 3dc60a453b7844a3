namespace Digest.Import.Writing;

/// <summary>What an article file already on disk says about its origin.</summary>
internal sealed record ExistingFile(string Path, string Text, string? SourceFile)
{
    public static ExistingFile Read(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        return new ExistingFile(path, text, SourceFileOf(text));
    }

    /// <summary>The <c>source_file</c> recorded in a file's front matter, or null.</summary>
    public static string? SourceFileOf(string text) => FieldOf(text, "source_file");

    /// <summary>A one-line text field of a file's front matter (e.g. <c>source_url</c>), unquoted, or null.</summary>
    public static string? FieldOf(string text, string field)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return null;
        }
        var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        var frontMatter = close < 0 ? text : text[..close];
        foreach (var line in frontMatter.Split('\n'))
        {
            if (line.StartsWith(field, StringComparison.Ordinal) && line.Length > field.Length && line[field.Length] == ':')
            {
                return Unquote(line[(field.Length + 1)..].Trim());
            }
        }
        return null;
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            return value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }
        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }
        return value;
    }
}
