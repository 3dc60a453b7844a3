namespace Digest.Core.Model;

/// <summary>The form an edition's period was written in: one day, an ISO week, a calendar month or a range of days.</summary>
public enum EditionPeriodKind
{
    Day,
    Week,
    Month,
    Range,
}
