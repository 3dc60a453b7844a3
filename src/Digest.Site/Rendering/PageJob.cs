using Digest.Core.Diagnostics;

namespace Digest.Site.Rendering;

/// <summary>One page of the site: its output path and how to render it into an output set.</summary>
internal sealed record PageJob(string Path, Action<IPageSink, DiagnosticBag> Render);
