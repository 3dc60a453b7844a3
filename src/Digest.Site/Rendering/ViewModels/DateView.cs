namespace Digest.Site.Rendering.ViewModels;

/// <summary>A date for display (<see cref="Text"/>) and for machines (<see cref="Iso"/>, for &lt;time datetime&gt;).</summary>
internal sealed record DateView(string Iso, string Text, string Precision);
