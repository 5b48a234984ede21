using System.Buffers.Binary;
using System.Text;

namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>
/// Builds an SMB1 SMB_COM_NEGOTIATE (0x72, MS-CIFS 2.2.4.52.1) offering the dialect strings Windows clients
/// send, up to "NT LM 0.12", and deliberately not "SMB 2.002"/"SMB 2.???": a server may answer those with SMB2,
/// which would hide whether it still speaks SMB1.
/// </summary>
internal static class Smb1NegotiateRequest
{
    public const byte NegotiateCommand = 0x72;
    public const int HeaderLength = 32;
    public const string NtLm012 = "NT LM 0.12";

    /// <summary>Case-insensitive paths, canonicalized paths.</summary>
    public const byte Flags = 0x18;

    /// <summary>Unicode, NT status codes, extended security, long names, EAs.</summary>
    public const ushort Flags2 = 0xC843;

    public static IReadOnlyList<string> Dialects { get; } =
        ["PC NETWORK PROGRAM 1.0", "LANMAN1.0", "Windows for Workgroups 3.1a", "LM1.2X002", "LANMAN2.1", NtLm012];

    private static readonly byte[] DialectBytes = EncodeDialects();

    /// <summary>Length of the SMB1 message (without the 4-byte transport header).</summary>
    public static int MessageLength { get; } = HeaderLength + 1 + 2 + DialectBytes.Length;

    public static int FrameLength { get; } = DirectTcpFrame.HeaderLength + MessageLength;

    /// <summary>Writes the framed request into <paramref name="destination"/> and returns its length.</summary>
    public static int Write(Span<byte> destination)
    {
        var frame = destination[..FrameLength];
        frame.Clear();
        DirectTcpFrame.WriteHeader(frame, MessageLength);
        var message = frame[DirectTcpFrame.HeaderLength..];
        Smb2Header.Smb1ProtocolId.CopyTo(message);
        message[4] = NegotiateCommand;
        message[9] = Flags;
        BinaryPrimitives.WriteUInt16LittleEndian(message[10..], Flags2);
        BinaryPrimitives.WriteUInt16LittleEndian(message[24..], 0xFFFF);
        BinaryPrimitives.WriteUInt16LittleEndian(message[26..], 0xFEFF);
        message[HeaderLength] = 0;
        BinaryPrimitives.WriteUInt16LittleEndian(message[(HeaderLength + 1)..], (ushort)DialectBytes.Length);
        DialectBytes.CopyTo(message[(HeaderLength + 3)..]);
        return FrameLength;
    }

    private static byte[] EncodeDialects()
    {
        var bytes = new List<byte>();
        foreach (var dialect in Dialects)
        {
            bytes.Add(0x02);
            bytes.AddRange(Encoding.ASCII.GetBytes(dialect));
            bytes.Add(0);
        }

        return [.. bytes];
    }
}
