namespace Digest.Site.Serving;

/// <summary>How one <see cref="LiveSite.Rebuild(bool)"/> ended, for the scheduler that asked for it.</summary>
public enum RebuildOutcome
{
    /// <summary>The site built and is served.</summary>
    Served,

    /// <summary>The build failed and its problems were reported.</summary>
    Failed,

    /// <summary>The build stopped on an exception for the first time in a row (a file caught mid-save): build once more.</summary>
    Retry,

    /// <summary>The build failed and, as asked, nothing was reported or changed: build again once the files have settled.</summary>
    Held,
}
