using Digest.Import.Model;
using Digest.Import.Pipeline;

namespace Digest.Cli.Commands;

/// <summary>The counts behind <c>digest import</c>'s last line.</summary>
public sealed class ImportSummary
{
    public int Written { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Refused { get; set; }

    public int Failed { get; set; }

    /// <summary>How many sources the run expects to report on (for the progress bar).</summary>
    public int Expected { get; set; }

    public int Total => Written + Updated + Unchanged + Refused + Failed;

    public void Count(ImportOutcome o)
    {
        // experts.yml's line is a side effect of the articles, not a source of its own.
        if (o.Target is null && o.Status == ImportStatus.Updated)
        {
            return;
        }
        switch (o.Status)
        {
            case ImportStatus.Written:
                Written++;
                break;
            case ImportStatus.Updated:
                Updated++;
                break;
            case ImportStatus.Unchanged:
                Unchanged++;
                break;
            case ImportStatus.Refused:
                Refused++;
                break;
            default:
                Failed++;
                break;
        }
    }

    public string Line() => $"imported {Total} source(s): {Written} written, {Updated} updated, {Unchanged} unchanged, {Refused} refused, {Failed} failed";
}
