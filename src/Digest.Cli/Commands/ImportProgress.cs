namespace Digest.Cli.Commands;

/// <summary>
/// A progress bar for long imports on an interactive terminal, drawn on stderr's last line and cleared before each
/// output line; nothing at all when output goes to a file, a pipe, CI or a test's writer.
/// </summary>
public sealed class ImportProgress : IDisposable
{
    private const int Width = 30;

    private readonly TextWriter? _terminal;
    private bool _shown;

    private ImportProgress(TextWriter? terminal) => _terminal = terminal;

    public static ImportProgress For(TextWriter stderr) =>
        new(ReferenceEquals(stderr, Console.Error) && BuildProgress.IsInteractive() ? stderr : null);

    public void Show(int done, int total)
    {
        if (_terminal is null || total < 2 || done >= total)
        {
            return;
        }
        var filled = (int)((long)Width * done / total);
        _terminal.Write($"\r[{new string('#', filled)}{new string('-', Width - filled)}] {done}/{total}");
        _terminal.Flush();
        _shown = true;
    }

    public void Clear()
    {
        if (_terminal is not null && _shown)
        {
            _terminal.Write("\r\u001b[K");
            _terminal.Flush();
            _shown = false;
        }
    }

    public void Dispose() => Clear();
}
