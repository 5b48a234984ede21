namespace SmbPolicyCompiler.Readiness.Events;

public enum XmlEngine
{
    /// <summary>The specialised streaming scanner (default; recovers after a broken event).</summary>
    Fast,

    /// <summary>System.Xml.XmlReader (fragment conformance, DTD prohibited); stops a file at its first XML error.</summary>
    XmlReader,
}
