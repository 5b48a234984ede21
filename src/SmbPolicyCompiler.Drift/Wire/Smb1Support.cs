namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>Whether a server negotiates SMB1.</summary>
public enum Smb1Support
{
    /// <summary>Not probed, or the probe got no usable answer (timeout, garbage).</summary>
    Unknown,

    /// <summary>The server chose one of the SMB1 dialects offered.</summary>
    Accepted,

    /// <summary>
    /// The server declined: no dialect chosen, an error status, an SMB2 reply, or a hang-up from a server that
    /// had just answered the SMB2 NEGOTIATE.
    /// </summary>
    Rejected,
}
