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

/// <summary>Bytes to send (possibly none) and what to do next.</summary>
public sealed record ResponderReply(byte[] Bytes, AfterReply After)
{
    public static ResponderReply Send(byte[] bytes, AfterReply after = AfterReply.Hold) => new(bytes, after);

    public static ResponderReply Silence { get; } = new([], AfterReply.Hold);

    public static ResponderReply CloseNow { get; } = new([], AfterReply.Close);

    public static ResponderReply ResetNow { get; } = new([], AfterReply.Reset);
}

/// <summary>A request as the responder saw it: which connection it came on (1-based) and the message bytes.</summary>
public sealed record ResponderRequest(int Connection, byte[] Message)
{
    public bool IsSmb1 => Message.Length >= 4 && Message[0] == 0xFF && Message[1] == (byte)'S';

    public bool IsSmb2 => Message.Length >= 4 && Message[0] == 0xFE && Message[1] == (byte)'S';
}
