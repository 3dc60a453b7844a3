namespace Digest.Site.Output.Feeds;

/// <summary>One article, rendered for feeds at one folder depth: its Atom <c>&lt;entry&gt;</c> block and its JSON Feed item, as UTF-8.</summary>
internal sealed record EntryFragments(byte[] Atom, byte[] Json);
