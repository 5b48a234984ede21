using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Emit.Monitors;

/// <summary>
/// A piece of a ticket as the generated script holds it: literal text (compile-time values already in it), a
/// placeholder the script fills when it runs, or a line break.
/// </summary>
internal abstract record TicketPart
{
    public sealed record Literal(string Text) : TicketPart;

    public sealed record AtRun(TicketPlaceholder Placeholder) : TicketPart;

    public sealed record LineBreak : TicketPart;
}
