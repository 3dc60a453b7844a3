using System.Buffers;
using System.Text;

namespace Digest.Site.Rendering;

/// <summary>
/// A text writer that encodes what a template (or Markdig) writes straight into a reusable UTF-8 buffer, so a rendered
/// page goes to the output set, and a body into its UTF-8 form, without a string of the whole text besides. Characters are gathered in a small
/// buffer first (templates write many short pieces) and encoded a block at a time; the encoder keeps a surrogate pair
/// split between two writes whole. Synchronous throughout: the async methods complete at once, as a string writer's do.
/// One writer per thread; <see cref="ForThisThread"/> hands it out emptied.
/// </summary>
internal sealed class Utf8PageWriter : TextWriter
{
    private const int CharBlock = 4096;

    /// <summary>A buffer grown past this by one very large page is let go, not kept for the rest of the process.</summary>
    private const int KeptCapacity = 4 * 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [ThreadStatic]
    private static Utf8PageWriter? _forThread;

    [ThreadStatic]
    private static Utf8PageWriter? _innerForThread;

    private readonly char[] _chars = new char[CharBlock];
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private ArrayBufferWriter<byte> _bytes = new(64 * 1024);
    private int _pending;

    public override Encoding Encoding => Utf8;

    /// <summary>This thread's writer, empty. Not for nested use: a page is rendered and taken before the next starts.</summary>
    public static Utf8PageWriter ForThisThread()
    {
        var writer = _forThread ??= new Utf8PageWriter();
        writer.Clear();
        return writer;
    }

    /// <summary>
    /// This thread's second writer, empty: for a page's inner template, which the base layout then shows from it while
    /// writing into <see cref="ForThisThread"/>. Not for nested use either.
    /// </summary>
    public static Utf8PageWriter InnerForThisThread()
    {
        var writer = _innerForThread ??= new Utf8PageWriter();
        writer.Clear();
        return writer;
    }

    /// <summary>Writes text that is UTF-8 already (a body, an inner page) as it is, after what was written before.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        Encode(_chars.AsSpan(0, _pending), flush: true);
        _pending = 0;
        utf8.CopyTo(_bytes.GetSpan(utf8.Length));
        _bytes.Advance(utf8.Length);
    }

    /// <summary>Ends the page: everything written since the writer was handed out, as UTF-8, valid until it is handed out again.</summary>
    public ReadOnlySpan<byte> Finish()
    {
        Encode(_chars.AsSpan(0, _pending), flush: true);
        _pending = 0;
        return _bytes.WrittenSpan;
    }

    /// <summary>As <see cref="Finish"/>, as memory (for a value that shows it later, before the writer is handed out again).</summary>
    public ReadOnlyMemory<byte> FinishMemory()
    {
        Finish();
        return _bytes.WrittenMemory;
    }

    public override void Write(char value)
    {
        if (_pending == CharBlock)
        {
            EncodePending();
        }
        _chars[_pending++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (buffer.Length <= CharBlock - _pending)
        {
            buffer.CopyTo(_chars.AsSpan(_pending));
            _pending += buffer.Length;
            return;
        }
        EncodePending();
        if (buffer.Length <= CharBlock)
        {
            buffer.CopyTo(_chars);
            _pending = buffer.Length;
            return;
        }
        // A long piece (an article's body) is encoded where it lies rather than copied through the block.
        Encode(buffer, flush: false);
    }

    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    // Nothing to flush early: the bytes are taken whole through Finish.
    public override void Flush()
    {
    }

    public override Task FlushAsync() => Task.CompletedTask;

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Clear()
    {
        if (_bytes.Capacity > KeptCapacity)
        {
            _bytes = new ArrayBufferWriter<byte>(64 * 1024);
        }
        else
        {
            _bytes.ResetWrittenCount();
        }
        _encoder.Reset();
        _pending = 0;
    }

    private void EncodePending()
    {
        Encode(_chars.AsSpan(0, _pending), flush: false);
        _pending = 0;
    }

    private void Encode(ReadOnlySpan<char> chars, bool flush)
    {
        // One more char's worth covers a high surrogate the encoder held back from the last block.
        var span = _bytes.GetSpan(Utf8.GetMaxByteCount(chars.Length + 1));
        _bytes.Advance(_encoder.GetBytes(chars, span, flush));
    }
}
