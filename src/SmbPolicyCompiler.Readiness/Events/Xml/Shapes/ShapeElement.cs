namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// An element of an event shape whose start or end the assembler acts on, replayed in document order. Its wanted
/// attribute is either fixed by the shape (Data/@Name, Provider/@Name) or a hole (TimeCreated/@SystemTime); a kept
/// element's text is a hole, or empty when <see cref="TextHole"/> is negative.
/// </summary>
internal sealed record ShapeElement(XmlRole Role, string LocalName, string? Attribute, int AttributeHole, int TextHole)
{
    public bool HasAttribute => Attribute is not null || AttributeHole >= 0;
}
