using Digest.Core.Diagnostics;
using Fluid;
using Digest.Site.Rendering.ViewModels;

namespace Digest.Site.Output.Hosting;

/// <summary>
/// Renders <c>404.html</c> (template <c>404</c>). A server shows it for any missing address, at any depth,
/// so its links cannot be relative to where it lies. With <c>base_url</c> every link is absolute. Without it,
/// a small inline script writes a <c>&lt;base&gt;</c> element that points at the site root (see <see cref="RootScript"/>).
/// </summary>
internal sealed class NotFoundPageGenerator : IOutputGenerator
{
    public const string PagePath = "404.html";

    /// <summary>
    /// Finds the site root from the address being shown: the part before the first path segment that is one of
    /// the site's own top-level folders (<c>/digest/articles/gone/</c> → <c>/digest/</c>); otherwise the page's
    /// own folder, which is right when the file is opened directly or the site sits at the server root. In that
    /// second case it then checks, deepest folder first, which ancestor serves <c>assets/icon.svg</c>, and
    /// moves the base there (reloading the stylesheet) if that differs. Fragment links are kept on the page itself.
    /// </summary>
    public const string RootScript = """
<script>
(function () {
  var known = ["articles", "topics", "experts", "archive", "search", "page", "assets", "images"];
  var parts = location.pathname.split("/"), root = null, i;
  for (i = 1; i < parts.length - 1; i++) {
    if (known.indexOf(parts[i]) >= 0) { root = parts.slice(0, i).join("/") + "/"; break; }
  }
  var guessed = root !== null;
  if (!guessed) { root = parts.slice(0, parts.length - 1).join("/") + "/"; }
  document.write('<base href="' + root.replace(/"/g, "%22") + '">');
  document.addEventListener("DOMContentLoaded", function () {
    var here = location.href.split("#")[0], links = document.querySelectorAll('a[href^="#"]'), j;
    for (j = 0; j < links.length; j++) { links[j].href = here + links[j].getAttribute("href"); }
    if (guessed || location.protocol === "file:") { return; }
    var candidates = [];
    for (i = parts.length - 1; i >= 1; i--) { candidates.push(parts.slice(0, i).join("/") + "/"); }
    (function probe(k) {
      if (k >= candidates.length) { return; }
      var img = new Image();
      img.onload = function () {
        if (candidates[k] === root) { return; }
        document.querySelector("base").href = candidates[k];
        var css = document.querySelectorAll('link[rel="stylesheet"]');
        for (j = 0; j < css.length; j++) { css[j].setAttribute("href", css[j].getAttribute("href")); }
      };
      img.onerror = function () { probe(k + 1); };
      img.src = candidates[k] + "assets/icon.svg";
    })(0);
  });
})();
</script>
""";

    public void Generate(RenderedSite site, OutputSet output, DiagnosticBag diagnostics)
    {
        var baseUrl = site.Index.Settings.BaseUrl;
        var title = site.Strings.Get("not_found_title");
        site.Pages.Render("404", PagePath, title, null, site.Pages.FeedLinks("404", null), output, diagnostics, ctx =>
        {
            if (baseUrl is not null)
            {
                // Absolute links: the page works wherever the server shows it.
                ctx.SetValue("root", baseUrl);
                ctx.SetValue("page", new PageView("404", title, PagePath, baseUrl, site.Index.Settings.Language, null, null, site.Pages.FeedLinks("404", null)));
            }
            else
            {
                ctx.SetValue("head", RootScript);
            }
        });
    }
}
