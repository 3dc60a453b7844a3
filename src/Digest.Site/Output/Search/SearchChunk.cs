namespace Digest.Site.Output.Search;

/// <summary>One chunk of the term dictionary: its key and the range [<see cref="Start"/>, <see cref="End"/>) of the sorted terms it holds.</summary>
internal readonly record struct SearchChunk(string Key, int Start, int End);
