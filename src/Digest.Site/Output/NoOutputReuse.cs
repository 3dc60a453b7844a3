namespace Digest.Site.Output;

/// <summary>Keeps nothing: every generated file is made again (<c>--no-cache</c>, <c>digest serve</c>).</summary>
internal sealed class NoOutputReuse : IOutputReuse
{
    public static NoOutputReuse Instance { get; } = new();

    private NoOutputReuse()
    {
    }

    public bool Keeps => false;

    public bool TryKeep(string path, byte[] version, OutputSet output) => false;

    public void Made(string path, byte[] version, ReadOnlySpan<byte> bytes, OutputSet output)
    {
    }
}
