using System.Text.RegularExpressions;
using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>One piece of a ticket template: literal text, or a placeholder (<see cref="Placeholder"/> set).</summary>
public sealed record TicketSegment(string Text, TicketPlaceholder? Placeholder)
{
    public bool IsLiteral => Placeholder is null;
}

/// <summary>
/// A ticket subject or body from the policy, split into literal text and %NAME% placeholders. A %WORD% that names no
/// placeholder stays literal text and is listed in <see cref="Unknown"/> (the rules report it).
/// </summary>
public sealed partial record TicketTemplate(string Text, SourceLocation Location, IReadOnlyList<TicketSegment> Segments, IReadOnlyList<string> Unknown)
{
    public static TicketTemplate Parse(string text, SourceLocation location)
    {
        var segments = new List<TicketSegment>();
        var unknown = new List<string>();
        var literal = 0;
        foreach (Match match in Token().Matches(text))
        {
            var placeholder = TicketPlaceholders.Find(match.Groups[1].Value);
            if (placeholder is null)
            {
                unknown.Add(match.Value);
                continue;
            }

            if (match.Index > literal)
            {
                segments.Add(new TicketSegment(text[literal..match.Index], null));
            }

            segments.Add(new TicketSegment(match.Value, placeholder));
            literal = match.Index + match.Length;
        }

        if (literal < text.Length)
        {
            segments.Add(new TicketSegment(text[literal..], null));
        }

        return new TicketTemplate(text, location, segments, unknown);
    }

    public IEnumerable<TicketPlaceholder> Placeholders => Segments.Select(s => s.Placeholder).OfType<TicketPlaceholder>();

    public bool Uses(TicketPlaceholder placeholder) => Placeholders.Contains(placeholder);

    // Upper-case words between % signs, as RMM tools write their variables.
    [GeneratedRegex("%([A-Z][A-Z0-9_]*)%", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
