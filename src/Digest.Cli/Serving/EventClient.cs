using System.Net;
using System.Text;

namespace Digest.Cli.Serving;

/// <summary>One open Server-Sent Events connection; writes are serialized because broadcasts and keep-alives overlap.</summary>
public sealed class EventClient(HttpListenerResponse response)
{
    private readonly SemaphoreSlim _write = new(1, 1);

    /// <summary>Sends one event; false when the browser has gone away.</summary>
    public async Task<bool> SendAsync(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await _write.WaitAsync().ConfigureAwait(false);
        try
        {
            await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            await response.OutputStream.FlushAsync().ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            return false;
        }
        finally
        {
            _write.Release();
        }
    }

    public void Close()
    {
        try
        {
            response.Abort();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // Already closed by the browser.
        }
    }
}
