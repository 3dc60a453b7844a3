namespace Digest.Core.Model;

/// <summary><c>site.yml</c> <c>home:</c>: the article list alone, or the latest edition above it.</summary>
public enum HomeLayout
{
    Articles,
    Edition,
}
