namespace Digest.Cli.Serving;

/// <summary>
/// The live-reload client. It is only ever added to responses of <c>digest serve</c>, never to built files,
/// and is served from its own address so a page's Content-Security-Policy of <c>script-src 'self'</c> still allows it.
/// </summary>
public static class ReloadScript
{
    public const string ScriptPath = "/__digest/reload.js";

    public const string EventsPath = "/__digest/events";

    /// <summary>Listens for <c>reload</c> (reload the page) and <c>problems</c> (show the build errors over the page).</summary>
    public const string Source = """
        (function () {
          "use strict";
          var overlayId = "digest-problems";
          function show(lines) {
            var box = document.getElementById(overlayId);
            if (!box) {
              box = document.createElement("div");
              box.id = overlayId;
              box.setAttribute("role", "alert");
              box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
                "margin:0;padding:1rem 1.25rem;background:#2b0b0b;color:#ffdede;border-top:4px solid #e5484d;" +
                "font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap";
              document.body.appendChild(box);
            }
            box.textContent = "digest: the last change could not be built; showing the last good version.\n\n" + lines.join("\n");
          }
          var script = document.currentScript;
          var version = script && script.src.indexOf("?v=") >= 0 ? script.src.slice(script.src.indexOf("?v=")) : "";
          // The page names itself, so a build that leaves its bytes the same need not reload it.
          var events = new EventSource("/__digest/events" + (version ? version + "&" : "?") + "p=" + encodeURIComponent(location.pathname));
          events.addEventListener("reload", function () { location.reload(); });
          events.addEventListener("problems", function (e) { show(JSON.parse(e.data)); });
        })();

        """;

    /// <summary>
    /// Adds the script tag before <c>&lt;/body&gt;</c> (or at the end when there is none). The tag carries the
    /// version of the site the page came from, so a rebuild that finished before the page connected is not missed.
    /// </summary>
    public static string Inject(string html, int version)
    {
        var tag = $"<script src=\"{ScriptPath}?v={version}\"></script>\n";
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + tag : html[..at] + tag + html[at..];
    }
}
