namespace Digest.Site.Output.Search;

/// <summary>
/// The distinct terms of one article as ids of a <see cref="SearchTermTable"/>, each with the fields it occurs in
/// (<see cref="SearchField"/> as a byte); <see cref="Ids"/> and <see cref="Masks"/> have the same length.
/// </summary>
internal sealed record ArticleTerms(int[] Ids, byte[] Masks)
{
    public int Count => Ids.Length;
}
