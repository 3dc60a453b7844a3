namespace Digest.Site.Rendering;

/// <summary>One re-pointed link in an article body: the characters at <see cref="Start"/> (<see cref="Length"/> of them) become <see cref="Replacement"/>.</summary>
internal readonly record struct ContentEdit(int Start, int Length, string Replacement);
