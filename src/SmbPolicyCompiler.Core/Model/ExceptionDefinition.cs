using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>Holds hosts or groups at an earlier stage of one control until it expires.</summary>
public sealed record ExceptionDefinition(
    Located<string> Id,
    IReadOnlyList<Located<string>> Hosts,
    IReadOnlyList<Located<string>> Groups,
    Located<string> Control,
    Located<string> Stage,
    string Reason,
    string Owner,
    string? Ticket,
    DateOnly? Created,
    Located<DateOnly> Expires,
    SourceLocation Location);
