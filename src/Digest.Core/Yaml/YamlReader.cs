using Digest.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Digest.Core.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YNode"/> tree from the parser's event stream.
/// No recursion (so deep nesting cannot overflow the stack), bounded depth and alias expansion,
/// and duplicate keys reported rather than silently overwritten.
/// </summary>
public static class YamlReader
{
    /// <summary>
    /// Parses <paramref name="yaml"/>. Positions in diagnostics are shifted by <paramref name="lineOffset"/>
    /// lines so they point into the file the YAML came from. Returns null when the text has errors or no document.
    /// </summary>
    public static YNode? Read(string yaml, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        // Problems are collected apart and handed over at the end: the shared bag is filled by other
        // threads too, so its count says nothing about this document.
        var own = new DiagnosticBag();
        var root = ReadInto(yaml, path, lineOffset, own);
        diagnostics.AddRange(own.Sorted());
        return own.Count > 0 ? null : root;
    }

    private static YNode? ReadInto(string yaml, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        var before = diagnostics.Count;
        var anchors = new Dictionary<string, YNode>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        YNode? root = null;
        long total = 0;
        var lastLine = 1;
        var lastColumn = 1;
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                lastLine = (int)ev.Start.Line;
                lastColumn = (int)ev.Start.Column;
                switch (ev)
                {
                    case DocumentEnd:
                        // Only the first document counts; front matter is a single document.
                        return diagnostics.Count > before ? null : root;
                    case Scalar s:
                    {
                        var node = new YScalar(s.Value, s.Style == ScalarStyle.Plain, (int)s.Start.Line + lineOffset, (int)s.Start.Column);
                        Register(anchors, s.Anchor, node);
                        total++;
                        if (!Attach(stack, node, ref root, path, diagnostics))
                        {
                            return null;
                        }
                        break;
                    }
                    case AnchorAlias alias:
                    {
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            diagnostics.Error(path, (int)alias.Start.Line + lineOffset, (int)alias.Start.Column, $"unknown YAML alias '*{alias.Value.Value}'", DiagnosticCodes.YamlUnknownAlias);
                            return null;
                        }
                        total += target.ExpandedSize;
                        if (total > YamlLimits.MaxExpandedNodes)
                        {
                            diagnostics.Error(path, (int)alias.Start.Line + lineOffset, (int)alias.Start.Column,
                                $"YAML aliases expand to more than {YamlLimits.MaxExpandedNodes:N0} values; refusing to expand them (an 'alias bomb'?)", DiagnosticCodes.YamlAliasBomb);
                            return null;
                        }
                        if (!Attach(stack, target, ref root, path, diagnostics))
                        {
                            return null;
                        }
                        break;
                    }
                    case SequenceStart ss:
                    {
                        if (stack.Count >= YamlLimits.MaxDepth)
                        {
                            diagnostics.Error(path, (int)ss.Start.Line + lineOffset, (int)ss.Start.Column, $"YAML is nested more than {YamlLimits.MaxDepth} levels deep", DiagnosticCodes.YamlTooDeep);
                            return null;
                        }
                        var node = new YSequence((int)ss.Start.Line + lineOffset, (int)ss.Start.Column);
                        Register(anchors, ss.Anchor, node);
                        total++;
                        stack.Push(new Frame(node));
                        break;
                    }
                    case MappingStart ms:
                    {
                        if (stack.Count >= YamlLimits.MaxDepth)
                        {
                            diagnostics.Error(path, (int)ms.Start.Line + lineOffset, (int)ms.Start.Column, $"YAML is nested more than {YamlLimits.MaxDepth} levels deep", DiagnosticCodes.YamlTooDeep);
                            return null;
                        }
                        var node = new YMapping((int)ms.Start.Line + lineOffset, (int)ms.Start.Column);
                        Register(anchors, ms.Anchor, node);
                        total++;
                        stack.Push(new Frame(node));
                        break;
                    }
                    case SequenceEnd or MappingEnd:
                    {
                        var done = stack.Pop().Node;
                        done.ExpandedSize = SizeOf(done);
                        if (!Attach(stack, done, ref root, path, diagnostics))
                        {
                            return null;
                        }
                        break;
                    }
                }
                if (total > YamlLimits.MaxExpandedNodes)
                {
                    diagnostics.Error(path, (int)ev.Start.Line + lineOffset, (int)ev.Start.Column, $"YAML document has more than {YamlLimits.MaxExpandedNodes:N0} values", DiagnosticCodes.YamlTooLarge);
                    return null;
                }
            }
        }
        catch (YamlException ex)
        {
            var line = (int)ex.Start.Line;
            diagnostics.Error(path, line + lineOffset, (int)ex.Start.Column, "invalid YAML: " + Describe(ex), DiagnosticCodes.YamlSyntax);
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // ArgumentException: e.g. a tag that is not a valid URI ("Global tags must be valid URIs").
            // The YAML scanner fails this way (instead of with a YamlException) when the text ends inside an
            // unclosed flow list or map; point at the last place it read successfully.
            diagnostics.Error(path, lastLine + lineOffset, lastColumn,
                ex is ArgumentException ? "invalid YAML: " + ex.Message.Split(" (Parameter")[0] : "invalid YAML: a '[…]' list, '{…}' map or quoted text opened here is never closed", DiagnosticCodes.YamlSyntax);
            return null;
        }
        return diagnostics.Count > before ? null : root;
    }

    private static long SizeOf(YNode node)
    {
        long size = 1;
        switch (node)
        {
            case YSequence seq:
                foreach (var item in seq.Items)
                {
                    size += item.ExpandedSize;
                }
                break;
            case YMapping map:
                foreach (var entry in map.Entries)
                {
                    size += 1 + entry.Value.ExpandedSize;
                }
                break;
        }
        return size;
    }

    private static void Register(Dictionary<string, YNode> anchors, AnchorName anchor, YNode node)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    private static bool Attach(Stack<Frame> stack, YNode node, ref YNode? root, string path, DiagnosticBag diagnostics)
    {
        if (stack.Count == 0)
        {
            root ??= node;
            return true;
        }
        var frame = stack.Peek();
        switch (frame.Node)
        {
            case YSequence seq:
                seq.Items.Add(node);
                return true;
            case YMapping map:
                if (frame.PendingKey is null)
                {
                    if (node is not YScalar key)
                    {
                        diagnostics.Error(path, node.Line, node.Column, "a YAML key must be plain text, not a list or map", DiagnosticCodes.YamlKeyNotText);
                        return false;
                    }
                    foreach (var entry in map.Entries)
                    {
                        if (entry.Key.Value == key.Value)
                        {
                            diagnostics.Error(path, key.Line, key.Column, $"duplicate key '{key.Value}' (first given at line {entry.Key.Line})", DiagnosticCodes.YamlDuplicateKey);
                            return false;
                        }
                    }
                    frame.PendingKey = key;
                }
                else
                {
                    map.Entries.Add(new KeyValuePair<YScalar, YNode>(frame.PendingKey, node));
                    frame.PendingKey = null;
                }
                return true;
            default:
                return true;
        }
    }

    private static string Describe(YamlException ex)
    {
        var message = ex.Message;
        // YamlDotNet prefixes messages with its own "(Line: x, Col: y, ...)" position; we print ours.
        var close = message.StartsWith('(') ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
        if (close > 0)
        {
            message = message[(close + 3)..];
        }
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) || message.Contains('\t'))
        {
            return message + " (YAML does not allow tabs for indentation; use spaces)";
        }
        return message.TrimEnd('.');
    }

    private sealed class Frame(YNode node)
    {
        public YNode Node { get; } = node;

        public YScalar? PendingKey { get; set; }
    }
}
