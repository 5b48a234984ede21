namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>What follows a literal run of an <see cref="EventShapes">event shape</see>, and which characters end it.</summary>
internal enum ShapeHole : byte
{
    /// <summary>The literal ends the event.</summary>
    End,

    /// <summary>Text the reader ignores: anything up to the next '&lt;'.</summary>
    Text,

    /// <summary>Text the reader keeps: up to the next '&lt;', with no entity or CR to decode.</summary>
    KeptText,

    /// <summary>An attribute value the reader ignores: up to the closing quote, with no '&lt;'.</summary>
    Attribute,

    /// <summary>The wanted attribute value (SystemTime): up to the closing quote, with nothing to decode or normalise.</summary>
    WantedAttribute,
}
