using Digest.Core.Diagnostics;

namespace Digest.Site.Checking;

/// <summary>A check that <c>digest check</c> runs on top of everything a build validates.</summary>
internal interface ICheckRule
{
    void Check(CheckContext context, DiagnosticBag diagnostics);
}
