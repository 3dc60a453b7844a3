using Digest.Core.Model;

namespace Digest.Import.Data;

/// <summary>One named list of a data file, with where its name and each value stand, for located diagnostics.</summary>
internal sealed record LocatedList(SourceSpan Key, List<string> Values, List<SourceSpan> Spans);
