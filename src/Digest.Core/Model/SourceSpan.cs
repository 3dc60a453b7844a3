namespace Digest.Core.Model;

/// <summary>Where in its file a value was written (1-based), so later checks can point at it.</summary>
public readonly record struct SourceSpan(int Line, int Column)
{
    public static readonly SourceSpan None = new(0, 0);
}
