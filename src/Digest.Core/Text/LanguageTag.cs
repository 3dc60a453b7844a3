namespace Digest.Core.Text;

/// <summary>Checks the loose shape of a language code (<c>de</c>, <c>en</c>, <c>pt-BR</c>).</summary>
public static class LanguageTag
{
    public static bool IsValid(string lang)
    {
        if (lang.Length is < 2 or > 12)
        {
            return false;
        }
        foreach (var ch in lang)
        {
            if (!char.IsAsciiLetter(ch) && ch != '-')
            {
                return false;
            }
        }
        return true;
    }
}
