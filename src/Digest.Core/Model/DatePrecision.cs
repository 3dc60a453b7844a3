namespace Digest.Core.Model;

/// <summary>How precisely an article's date is known; shown as such ("August 2022" vs "14. August 2022").</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
    Time,
}
