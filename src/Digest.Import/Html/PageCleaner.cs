using AngleSharp.Dom;

namespace Digest.Import.Html;

/// <summary>
/// Takes the page's interactive furniture out before the main content is looked for: dialogs (consent overlays) and
/// the small boxes built around a control — newsletter forms, consent placeholders of embedded videos and posts,
/// "show content" and login boxes. SmartReader removes the controls themselves but leaves the text around them,
/// which then reads like a paragraph of the article.
/// </summary>
internal static class PageCleaner
{
    /// <summary>A box around a control with more text than this is content that happens to hold a control.</summary>
    private const int BoxTextLimit = 400;

    /// <summary>Nor is a box a widget when it holds this share of its content root's text (a short article with a button).</summary>
    private const double BoxShareLimit = 0.3;

    private const string Dialogs = "[role='dialog'], [role='alertdialog'], [aria-modal='true']";

    private const string Controls = "button, form, input, select, textarea, [role='button']";

    /// <summary>Removes dialogs and control boxes from <paramref name="page"/>; returns how many elements went.</summary>
    public static int Clean(IDocument page)
    {
        var removed = 0;
        foreach (var dialog in page.QuerySelectorAll(Dialogs))
        {
            if (IsAttached(page, dialog))
            {
                dialog.Remove();
                removed++;
            }
        }
        // Text lengths are measured once per element: a comment section has a reply button per comment, each climbing
        // through the same ancestors. A length measured before a box inside went is larger than now, so a later box
        // stops climbing sooner, never later.
        var textLengths = new Dictionary<IElement, int>();
        foreach (var control in page.QuerySelectorAll(Controls))
        {
            if (!IsAttached(page, control))
            {
                continue;
            }
            Box(control, textLengths).Remove();
            removed++;
        }
        return removed;
    }

    /// <summary>
    /// The largest ancestor of <paramref name="control"/> that is still a small box: below the article, main content
    /// or body, without the headline or a figure, with little text.
    /// </summary>
    private static IElement Box(IElement control, Dictionary<IElement, int> textLengths)
    {
        if (control.Closest("figure") is not null)
        {
            // A zoom or gallery button: the caption around it is still wanted.
            return control;
        }
        var root = control.Closest("article, main, [role='main'], body");
        var limit = BoxTextLimit;
        if (root is not null)
        {
            limit = Math.Min(limit, (int)(TextLength(root, textLengths) * BoxShareLimit));
        }
        var box = control;
        for (var parent = control.ParentElement; parent is not null && parent != root; parent = parent.ParentElement)
        {
            // The length first: it is remembered, and past it only small boxes are searched for a headline or figure.
            if (parent.LocalName is "body" or "html" or "main" or "article"
                || TextLength(parent, textLengths) > limit
                || parent.QuerySelector("h1, figure, time") is not null)
            {
                break;
            }
            box = parent;
        }
        return box;
    }

    private static int TextLength(IElement e, Dictionary<IElement, int> known)
    {
        if (known.TryGetValue(e, out var length))
        {
            return length;
        }
        length = Measure(e);
        known[e] = length;
        return length;
    }

    /// <summary>Characters of text with runs of white space counted as one.</summary>
    private static int Measure(IElement e)
    {
        var n = 0;
        var space = true;
        foreach (var ch in e.TextContent)
        {
            var isSpace = char.IsWhiteSpace(ch);
            if (!isSpace || !space)
            {
                n++;
            }
            space = isSpace;
        }
        return n;
    }

    private static bool IsAttached(IDocument page, IElement e) => page.DocumentElement.Contains(e);
}
