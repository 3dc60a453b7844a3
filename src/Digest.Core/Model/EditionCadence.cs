namespace Digest.Core.Model;

/// <summary><c>site.yml</c> <c>editions:</c>: how often an automatic edition is made for periods without an edition file.</summary>
public enum EditionCadence
{
    None,
    Daily,
    Weekly,
    Monthly,
}
