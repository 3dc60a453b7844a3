using Digest.Core.Model;

namespace Digest.Core.Authoring;

/// <summary>What <c>digest new</c> was asked for: a title plus optional front matter values.</summary>
public sealed record ScaffoldRequest(
    string Title,
    ArticleDate Date,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Experts,
    string? Lang,
    string SkeletonLanguage);
