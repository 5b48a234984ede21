namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>What the responder does with the connection after writing its bytes.</summary>
public enum AfterReply
{
    /// <summary>Close gracefully (FIN).</summary>
    Close,

    /// <summary>Abort with a TCP reset (RST).</summary>
    Reset,

    /// <summary>Keep the connection open, saying nothing more, until the responder is disposed.</summary>
    Hold,
}
