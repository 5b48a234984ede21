using System.Buffers.Binary;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>Builds SMB1 NEGOTIATE responses (MS-CIFS 2.2.4.52.2) as a server would send them.</summary>
public static class Smb1ResponseBuilder
{
    /// <summary>Accepts "NT LM 0.12" (the last dialect the probe offers) with extended security.</summary>
    public static byte[] NtLm012(byte securityMode)
    {
        var dialectIndex = (ushort)(Smb1NegotiateRequest.Dialects.Count - 1);
        var words = new byte[34];
        BinaryPrimitives.WriteUInt16LittleEndian(words, dialectIndex);
        words[2] = securityMode;
        BinaryPrimitives.WriteUInt16LittleEndian(words.AsSpan(3), 50);
        BinaryPrimitives.WriteUInt16LittleEndian(words.AsSpan(5), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(words.AsSpan(7), 16644);
        BinaryPrimitives.WriteUInt32LittleEndian(words.AsSpan(11), 65536);
        BinaryPrimitives.WriteUInt32LittleEndian(words.AsSpan(19), 0x8080F3FC);
        return Message(words, new byte[16]);
    }

    /// <summary>Declines every dialect offered: WordCount 1, DialectIndex 0xFFFF (what smbd 4.17 sends when SMB1 is off).</summary>
    public static byte[] NoDialect() => Message([0xFF, 0xFF], []);

    private static byte[] Message(byte[] words, byte[] data)
    {
        var message = new byte[32 + 1 + words.Length + 2 + data.Length];
        Smb2Header.Smb1ProtocolId.CopyTo(message);
        message[4] = Smb1NegotiateRequest.NegotiateCommand;
        message[9] = 0x88;
        BinaryPrimitives.WriteUInt16LittleEndian(message.AsSpan(10), 0xC003);
        message[32] = (byte)(words.Length / 2);
        words.CopyTo(message, 33);
        BinaryPrimitives.WriteUInt16LittleEndian(message.AsSpan(33 + words.Length), (ushort)data.Length);
        data.CopyTo(message, 35 + words.Length);
        return Smb2ResponseBuilder.Frame(message);
    }
}
