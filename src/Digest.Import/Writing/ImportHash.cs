using System.Security.Cryptography;
using System.Text;

namespace Digest.Import.Writing;

/// <summary>
/// The <c>import_hash</c> of a generated file: a hash of the whole file without its <c>import_hash</c> line.
/// If the file still hashes to the recorded value, nobody has edited it since the import.
/// </summary>
internal static class ImportHash
{
    public const string Field = "import_hash:";

    public static string Compute(string textWithoutHashLine)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(textWithoutHashLine.Replace("\r\n", "\n", StringComparison.Ordinal)));
        return "sha256:" + Convert.ToHexStringLower(bytes)[..32];
    }

    /// <summary>Removes the <c>import_hash</c> line from a file's front matter; returns the recorded hash (null if there is none).</summary>
    public static string? Strip(string text, out string without)
    {
        without = text;
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return null;
        }
        var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        var at = text.IndexOf("\n" + Field, StringComparison.Ordinal);
        if (at < 0 || (close >= 0 && at > close))
        {
            return null;
        }
        var end = text.IndexOf('\n', at + 1);
        if (end < 0)
        {
            return null;
        }
        var value = text[(at + 1 + Field.Length)..end].Trim().Trim('"', '\'');
        without = text[..(at + 1)] + text[(end + 1)..];
        return value;
    }

    /// <summary>True when <paramref name="text"/> carries an import hash that still matches its content.</summary>
    public static bool IsUntouched(string text, out bool hasHash)
    {
        var recorded = Strip(text.Replace("\r\n", "\n", StringComparison.Ordinal), out var without);
        hasHash = recorded is not null;
        return recorded is not null && recorded == Compute(without);
    }
}
