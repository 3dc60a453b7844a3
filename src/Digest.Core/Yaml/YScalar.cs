namespace Digest.Core.Yaml;

/// <summary>A scalar value. <see cref="IsPlain"/> is false for quoted or block scalars, which are always text.</summary>
public sealed class YScalar(string value, bool isPlain, int line, int column) : YNode(line, column)
{
    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;

    /// <summary>An unquoted empty value, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");

    /// <summary>An unquoted YAML boolean (<c>true</c>, <c>false</c>, <c>yes</c>, <c>no</c>, <c>on</c>, <c>off</c>).</summary>
    public bool? AsBoolean()
    {
        if (!IsPlain)
        {
            return null;
        }
        return Value.ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => null,
        };
    }

    /// <summary>An unquoted number.</summary>
    public bool IsNumber => IsPlain && double.TryParse(Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
