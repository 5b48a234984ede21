using System.Globalization;
using System.Text;
using Scriban;
using Scriban.Runtime;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Emit.Monitors;

/// <summary>
/// Renders ticket templates with Scriban. A policy template (%NAME% placeholders, as RMM tools write them) becomes a
/// Scriban template: literal text as string literals, each placeholder a variable. <see cref="Compile"/> renders it at
/// compile time with the compile-time values (ring, window...) and a marker for each placeholder the script fills
/// when it runs, and splits the result into <see cref="TicketPart"/>s; <see cref="Render"/> renders it with every
/// value, which is what the script must print for those values (the README's example, and the tests' oracle).
/// </summary>
internal static class TicketText
{
    // Private-use characters bracket the run-time placeholders in Scriban's output; compile-time values may not hold them.
    private const char Open = '\uE000';
    private const char Close = '\uE001';

    public static IReadOnlyList<TicketPart> Compile(TicketTemplate template, IReadOnlyDictionary<string, string> compileValues)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var placeholder in TicketPlaceholders.All)
        {
            if (placeholder.AtRun)
            {
                values[placeholder.Name] = Open + placeholder.Name + Close;
            }
            else
            {
                var value = compileValues[placeholder.Name];
                if (value.AsSpan().IndexOfAny(Open, Close) >= 0)
                {
                    throw new UnrepresentableValueException("ticket text", $"the value of {placeholder.Token} holds the private-use character U+E000 or U+E001.");
                }

                values[placeholder.Name] = value;
            }
        }

        return Split(RenderScriban(template, values));
    }

    /// <summary>The ticket text for these values of every placeholder, line breaks as '\n'.</summary>
    public static string Render(TicketTemplate template, IReadOnlyDictionary<string, string> values) => RenderScriban(template, values);

    /// <summary>The template's text as Scriban source: literals as string literals, placeholders as variables.</summary>
    public static string ScribanSource(TicketTemplate template)
    {
        var source = new StringBuilder();
        foreach (var segment in template.Segments)
        {
            source.Append("{{ ");
            if (segment.Placeholder is { } placeholder)
            {
                source.Append(placeholder.Name);
            }
            else
            {
                AppendStringLiteral(source, segment.Text);
            }

            source.Append(" }}");
        }

        return source.ToString();
    }

    private static string RenderScriban(TicketTemplate template, IReadOnlyDictionary<string, string> values)
    {
        var parsed = Template.Parse(ScribanSource(template));
        if (parsed.HasErrors)
        {
            throw new InvalidOperationException($"smbpol built a Scriban template it cannot parse ({string.Join("; ", parsed.Messages)}); this is a bug in smbpol.");
        }

        var globals = new ScriptObject();
        foreach (var (name, value) in values)
        {
            globals.Add(name, value);
        }

        var context = new TemplateContext(globals) { StrictVariables = true, EnableRelaxedMemberAccess = false };
        return parsed.Render(context).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static void AppendStringLiteral(StringBuilder source, string text)
    {
        source.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': source.Append("\\\""); break;
                case '\\': source.Append("\\\\"); break;
                case '\n': source.Append("\\n"); break;
                case '\r': source.Append("\\r"); break;
                case '\t': source.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        source.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        source.Append(c);
                    }

                    break;
            }
        }

        source.Append('"');
    }

    private static List<TicketPart> Split(string rendered)
    {
        var parts = new List<TicketPart>();
        var literal = new StringBuilder();
        for (var i = 0; i < rendered.Length; i++)
        {
            var c = rendered[i];
            if (c == Open)
            {
                var end = rendered.IndexOf(Close, i);
                Flush(parts, literal);
                parts.Add(new TicketPart.AtRun(TicketPlaceholders.Find(rendered[(i + 1)..end])!));
                i = end;
            }
            else if (c == '\n')
            {
                Flush(parts, literal);
                parts.Add(new TicketPart.LineBreak());
            }
            else if (c != '\r')
            {
                literal.Append(c);
            }
        }

        Flush(parts, literal);
        return parts;
    }

    private static void Flush(List<TicketPart> parts, StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            parts.Add(new TicketPart.Literal(literal.ToString()));
            literal.Clear();
        }
    }
}
