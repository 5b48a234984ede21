using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SmbPolicyCompiler.Core.Syntax;

/// <summary>
/// Turns YAML text into <see cref="YNode"/> trees with positions. Built on YamlDotNet's event parser so that
/// duplicate keys, alias bombs and deep nesting become diagnostics instead of exceptions or runaway memory.
/// </summary>
internal static class YamlLoader
{
    public const int MaxDepth = 64;
    public const long MaxExpandedNodes = 2_000_000;

    public static IReadOnlyList<YNode> Load(string displayPath, string text, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(PolicyDiagnostics.EmptyFile(displayPath));
            return [];
        }

        if (FindTabIndent(text) is { } tabAt)
        {
            diagnostics.Add(PolicyDiagnostics.TabIndent(new SourceLocation(displayPath, tabAt.Line, tabAt.Column)));
            return [];
        }

        var builder = new TreeBuilder(displayPath, diagnostics);
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                if (!builder.Accept(parser.Current!))
                {
                    return [];
                }
            }
        }
        catch (YamlException e)
        {
            diagnostics.Add(PolicyDiagnostics.YamlSyntax(At(displayPath, e.Start), Describe(e)));
            return [];
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some unclosed flow collections, e.g. "[x" followed by
            // a block sequence item. The last event parsed is the closest place it can name.
            var at = parser.Current is { } last ? At(displayPath, last.End) : new SourceLocation(displayPath, 1, 1);
            diagnostics.Add(PolicyDiagnostics.YamlSyntax(at, "the parser stopped inside an unfinished '[...]' or '{...}' after this point; close it or quote the value"));
            return [];
        }

        if (builder.Documents.Count == 0)
        {
            diagnostics.Add(PolicyDiagnostics.EmptyFile(displayPath));
            return [];
        }

        foreach (var root in builder.Documents)
        {
            if (ExpansionGuard.ExpandedSize(root) > MaxExpandedNodes)
            {
                diagnostics.Add(PolicyDiagnostics.ExpansionTooLarge(root.Location, MaxExpandedNodes));
                return [];
            }
        }

        return builder.Documents;
    }

    internal static SourceLocation At(string path, Mark mark) => new(path, (int)mark.Line, (int)mark.Column);

    private static string Describe(YamlException e)
    {
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var cut = message.IndexOf(") - (", StringComparison.Ordinal);
        return (cut >= 0 ? message[(message.IndexOf(": ", cut, StringComparison.Ordinal) + 2)..] : message).TrimEnd('.');
    }

    private static (int Line, int Column)? FindTabIndent(string text)
    {
        var line = 1;
        var atLineStart = true;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                atLineStart = true;
                continue;
            }

            if (atLineStart && c == '\t')
            {
                return (line, column);
            }

            if (c != ' ')
            {
                atLineStart = false;
            }

            column++;
        }

        return null;
    }
}
