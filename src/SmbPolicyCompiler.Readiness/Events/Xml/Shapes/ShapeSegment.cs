namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>A literal run of an event's text and the hole that follows it.</summary>
internal readonly record struct ShapeSegment(string Literal, ShapeHole Hole, char Quote);

/// <summary>One event cut into literal runs and holes, with the elements the assembler acts on.</summary>
internal sealed record ShapeDraft(IReadOnlyList<ShapeSegment> Segments, ShapeElement[] Elements);
