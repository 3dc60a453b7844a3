using System.Globalization;
using System.Text;

namespace Digest.Import.Writing;

/// <summary>Writes YAML scalars safely: every string double-quoted with escapes, so colons, quotes, '#' and leading '-' never change meaning.</summary>
internal static class YamlText
{
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                case '\u0085': sb.Append("\\N"); break;
                case '\u2028': sb.Append("\\L"); break;
                case '\u2029': sb.Append("\\P"); break;
                default:
                    if (char.IsControl(ch) || ch == '\uFEFF')
                    {
                        sb.Append("\\x").Append(((int)ch).ToString("X2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(ch);
                    }
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>A flow list of quoted strings: <c>["a", "b"]</c>.</summary>
    public static string FlowList(IEnumerable<string> values)
    {
        var sb = new StringBuilder("[");
        foreach (var v in values)
        {
            if (sb.Length > 1)
            {
                sb.Append(", ");
            }
            sb.Append(Quote(v));
        }
        return sb.Append(']').ToString();
    }
}
