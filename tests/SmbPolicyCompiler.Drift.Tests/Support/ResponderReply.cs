namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>Bytes to send (possibly none) and what to do next.</summary>
public sealed record ResponderReply(byte[] Bytes, AfterReply After)
{
    public static ResponderReply Send(byte[] bytes, AfterReply after = AfterReply.Hold) => new(bytes, after);

    public static ResponderReply Silence { get; } = new([], AfterReply.Hold);

    public static ResponderReply CloseNow { get; } = new([], AfterReply.Close);

    public static ResponderReply ResetNow { get; } = new([], AfterReply.Reset);
}
