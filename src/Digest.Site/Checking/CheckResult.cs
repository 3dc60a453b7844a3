using Digest.Core.Diagnostics;

namespace Digest.Site.Checking;

/// <summary>What <c>digest check</c> found: every diagnostic in a stable order, or why it could not start.</summary>
public sealed record CheckResult(IReadOnlyList<Diagnostic> Diagnostics, Diagnostic? Refusal, int Articles)
{
    public bool HasErrors
    {
        get
        {
            foreach (var d in Diagnostics)
            {
                if (d.IsError)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
