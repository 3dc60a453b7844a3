using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Digest.Core.Diagnostics;

namespace Digest.Site.Checking;

/// <summary>
/// Diagnostics as a JSON array of <c>{code, severity, file, line, column, message, path}</c> objects, for editors and
/// CI (documented in the README; <c>path</c> repeats <c>file</c> for tools written before <c>file</c> existed).
/// </summary>
public static class DiagnosticJson
{
    public static string Write(IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        // Relaxed escaping keeps umlauts and quotes readable; the output is never embedded in HTML.
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            writer.WriteStartArray();
            foreach (var d in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("code", d.Code.Id);
                writer.WriteString("severity", d.IsError ? "error" : "warning");
                if (d.Path.Length == 0)
                {
                    writer.WriteNull("file");
                }
                else
                {
                    writer.WriteString("file", d.Path);
                }
                writer.WriteNumber("line", d.Line);
                writer.WriteNumber("column", d.Column);
                writer.WriteString("message", d.Message);
                writer.WriteString("path", d.Path);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
