namespace SmbPolicyCompiler.Plan.Model;

public enum ExceptionChangeKind
{
    Added,
    Removed,
    Extended,
    Shortened,
    Changed,
    Expiring,
}

/// <summary>An exception that the change adds, removes, extends, or that expires soon in the head version.</summary>
public sealed record ExceptionChange(
    ExceptionChangeKind Kind,
    string Id,
    string Control,
    string Stage,
    string Scope,
    DateOnly? OldExpires,
    DateOnly? NewExpires,
    string? Owner,
    string? Ticket,
    string? Reason = null);
