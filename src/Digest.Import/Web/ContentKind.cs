namespace Digest.Import.Web;

/// <summary>What a fetch expects, which decides the media types it accepts.</summary>
public enum ContentKind
{
    /// <summary>An HTML page or a text/plain article.</summary>
    Article,

    /// <summary>An RSS or Atom feed.</summary>
    Feed,
}
