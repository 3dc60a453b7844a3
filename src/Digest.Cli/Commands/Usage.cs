namespace Digest.Cli.Commands;

/// <summary>The <c>digest --help</c> text.</summary>
public static class Usage
{
    public const string Text = """
        digest — build briefing digests from Markdown

        Usage:
          digest build  [--input DIR] [--output DIR] [--theme DIR] [--drafts] [--future] [--base-url URL]
                        [--cache DIR] [--no-cache] [--timings]
          digest new    "Title" [--topics a,b] [--experts "Name, Other"] [--date YYYY-MM-DD] [--lang de]
                        [--input DIR]
          digest check  [--input DIR] [--theme DIR] [--format text|json]
          digest serve  [--port 5080] [--input DIR] [--theme DIR] [--drafts] [--future] [--timings]
          digest import PATH... [--into DIR] [--input DIR] [--dry-run] [--force]
                        turn text dumps (.txt) and saved pages (.html) into articles
          digest eval-import DIR [--input DIR]
                        import every NAME.txt in DIR and compare it with its gold NAME.yml

        Exit codes: 0 success, 1 content errors, 2 usage errors.

        """;
}
