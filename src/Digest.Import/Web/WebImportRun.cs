using Digest.Core.Diagnostics;
using Digest.Import.Experts;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Writing;

namespace Digest.Import.Web;

/// <summary>
/// Imports pages and feed items from the web into article files. Fetching runs in parallel (within the fetcher's
/// per-host limit); naming and writing go in the given order, each outcome reported as soon as it is known. Files
/// are written as file imports write them (<see cref="FrontMatterWriter"/>, <see cref="ImportHash"/>,
/// <see cref="AtomicFile"/>), recorded by <c>source_url</c> (the address after redirects) instead of
/// <c>source_file</c>: the same address again updates its article, or leaves it unchanged, and a hand-edited
/// article is never overwritten without <c>--force</c>.
/// </summary>
public sealed class WebImportRun(ArticleImporter importer, ImportOptions options, WebFetcher fetcher)
{
    private readonly HashSet<string> _claimedPaths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _claimedUrls = new(StringComparer.Ordinal);

    public async Task<List<ImportOutcome>> RunAsync(IReadOnlyList<WebSource> sources, DiagnosticBag diagnostics, Action<ImportOutcome>? report, CancellationToken cancel = default)
    {
        var known = SourceUrls.Scan(options.ArticlesDir);
        var attempts = new Task<WebAttempt>[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            // A feed item imported before is left alone: re-running a feed imports only what is new.
            attempts[i] = source.Item is not null && known.Contains(source.Item.SourceUrl)
                ? Task.FromResult(new WebAttempt(null, source.Item.SourceUrl, null, null, Skipped: true))
                : ReadAsync(source, cancel);
        }
        var outcomes = new List<ImportOutcome>();
        var experts = new List<ImportedExpert>();
        for (var i = 0; i < sources.Count; i++)
        {
            var outcome = Write(sources[i], await attempts[i].ConfigureAwait(false), known, experts);
            outcomes.Add(outcome);
            report?.Invoke(outcome);
        }
        if (!options.DryRun && experts.Count > 0)
        {
            var path = Path.Combine(options.InputDir, "experts.yml");
            try
            {
                var added = ExpertsFile.Append(path, experts, diagnostics);
                if (added.Count > 0)
                {
                    var outcome = new ImportOutcome(path, ImportStatus.Updated, null, $"added {added.Count} expert(s): {string.Join(", ", added.ConvertAll(static e => e.Name))}", null);
                    outcomes.Add(outcome);
                    report?.Invoke(outcome);
                }
            }
            catch (IOException ex)
            {
                diagnostics.Error(path, 0, 0, $"could not update experts: {ex.Message}", DiagnosticCodes.ExpertsNotUpdated);
            }
        }
        return outcomes;
    }

    private async Task<WebAttempt> ReadAsync(WebSource source, CancellationToken cancel)
    {
        string? fetchError = null;
        if (source.Address is { } address)
        {
            var fetched = await fetcher.FetchAsync(address, ContentKind.Article, cancel).ConfigureAwait(false);
            if (fetched.Page is { } page)
            {
                var decoded = PageDecoder.Decode(page.Body, page.Charset);
                if (!decoded.Ok)
                {
                    return new WebAttempt(null, null, decoded.Error, null);
                }
                var finalUrl = page.FinalUrl.ToString();
                var article = page.IsPlainText ? importer.ImportText(decoded.Text!) : importer.ImportHtml(decoded.Text!, finalUrl);
                var note = page.FinalUrl.ToString() == new Uri(address).ToString() ? null : "redirected to " + finalUrl;
                return new WebAttempt(FeedEvidence.Apply(article, finalUrl, source.Item, source.FeedTitle), finalUrl, null, note);
            }
            fetchError = fetched.Error;
        }
        if (source.Item is { ContentHtml: not null } item && item.SourceUrl is { } itemUrl)
        {
            var article = importer.ImportHtml(FeedEvidence.ItemPage(item), itemUrl);
            var note = fetchError is null ? "from the feed's own content" : $"the page could not be fetched ({fetchError}); imported from the feed's own content";
            return new WebAttempt(FeedEvidence.Apply(article, itemUrl, item, source.FeedTitle), itemUrl, null, note);
        }
        if (source.Item is not null && source.Item.SourceUrl is null)
        {
            return new WebAttempt(null, null, "the feed item has no link to record it by", null);
        }
        return new WebAttempt(null, null, fetchError ?? "the feed item has neither a page nor content", null, Failed: fetchError is not null);
    }

    private ImportOutcome Write(WebSource source, WebAttempt attempt, SourceUrls known, List<ImportedExpert> experts)
    {
        var display = source.Display;
        if (attempt.Skipped)
        {
            return new ImportOutcome(display, ImportStatus.Unchanged, known.FileFor(attempt.SourceUrl), "already imported", null);
        }
        if (attempt.Article is not { } article || attempt.SourceUrl is not { } sourceUrl)
        {
            return new ImportOutcome(display, attempt.Failed ? ImportStatus.Failed : ImportStatus.Refused, null, attempt.Error ?? "not an article", null);
        }
        var existingPath = known.FileFor(sourceUrl) ?? known.FileFor(source.KnownUrl);
        if (!_claimedUrls.Add(SourceUrls.Key(sourceUrl)))
        {
            return new ImportOutcome(display, ImportStatus.Unchanged, existingPath, "given more than once; imported once", null);
        }
        // No source_file: a web article is recorded by its address.
        var markdown = FrontMatterWriter.Write(article, string.Empty, options.Today);
        var detail = Detail(article, attempt.Note);
        experts.AddRange(article.Experts);

        string target;
        ExistingFile? existing = null;
        if (existingPath is not null && !_claimedPaths.Contains(Path.GetFullPath(existingPath)))
        {
            target = existingPath;
            existing = ExistingFile.Read(existingPath);
        }
        else
        {
            target = FreeName(article);
        }
        _claimedPaths.Add(Path.GetFullPath(target));
        if (existing is not null)
        {
            var untouched = ImportHash.IsUntouched(existing.Text, out var hasHash);
            if (!untouched && !options.Force)
            {
                var why = hasHash ? "it was edited by hand since the last import" : "it was not written by digest import";
                return new ImportOutcome(display, ImportStatus.Refused, null, $"{target} has this source_url and {why}; use --force to overwrite it", null);
            }
            if (existing.Text == markdown)
            {
                return new ImportOutcome(display, ImportStatus.Unchanged, target, detail, options.DryRun ? markdown : null);
            }
        }
        if (!options.DryRun)
        {
            try
            {
                AtomicFile.Write(target, markdown);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return new ImportOutcome(display, ImportStatus.Refused, null, $"cannot write {target}: {ex.Message}", null);
            }
        }
        return new ImportOutcome(display, existing is null ? ImportStatus.Written : ImportStatus.Updated, target, detail, options.DryRun ? markdown : null);
    }

    /// <summary>The first name for a new article that neither exists nor is taken in this run.</summary>
    private string FreeName(ImportedArticle article)
    {
        var stem = FileNamer.Stem(article.Date ?? options.Today, article.Title ?? FrontMatterWriter.PlaceholderTitle(article));
        for (var n = 1; ; n++)
        {
            var candidate = Path.Combine(options.ArticlesDir, FileNamer.Candidate(stem, n));
            if (!_claimedPaths.Contains(Path.GetFullPath(candidate)) && !File.Exists(candidate))
            {
                return candidate;
            }
        }
    }

    private static string Detail(ImportedArticle article, string? note)
    {
        var details = new List<string>();
        if (DraftNote.For(article) is { } draft)
        {
            details.Add(draft);
        }
        if (note is not null)
        {
            details.Add(note);
        }
        details.Add($"{article.Experts.Count} expert(s), topics: {(article.Topics.Count == 0 ? "none" : string.Join(", ", article.Topics))}");
        return string.Join("; ", details);
    }
}
