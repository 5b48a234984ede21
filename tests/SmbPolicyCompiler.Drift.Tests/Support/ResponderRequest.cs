namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>A request as the responder saw it: which connection it came on (1-based) and the message bytes.</summary>
public sealed record ResponderRequest(int Connection, byte[] Message)
{
    public bool IsSmb1 => Message.Length >= 4 && Message[0] == 0xFF && Message[1] == (byte)'S';

    public bool IsSmb2 => Message.Length >= 4 && Message[0] == 0xFE && Message[1] == (byte)'S';
}
