using System.Diagnostics.CodeAnalysis;
using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>
/// Checks and reads an SMB2 NEGOTIATE response (the message after the 4-byte transport header).
/// Every read is bounds-checked; a bad reply becomes a <see cref="ProbeFailure"/>, never an exception.
/// </summary>
internal static class Smb2NegotiateResponseParser
{
    public const int StructureSize = 65;
    private const int FixedBodyLength = 64;
    private const int MinimumLength = Smb2Header.Length + FixedBodyLength;

    public static bool TryParse(
        ReadOnlySpan<byte> message,
        [NotNullWhen(true)] out Smb2Negotiation? negotiation,
        [NotNullWhen(false)] out ProbeFailure? failure)
    {
        negotiation = null;
        failure = CheckHeader(message) ?? CheckBody(message);
        if (failure is not null)
        {
            return false;
        }

        var body = message[Smb2Header.Length..];
        var dialect = Bytes.U16(body, 4);
        failure = CheckDialect(dialect) ?? CheckSecurityBuffer(message) ?? CheckContexts(message, dialect);
        if (failure is not null)
        {
            return false;
        }

        negotiation = new Smb2Negotiation(dialect, Bytes.U16(body, 2), Bytes.U32(body, 24), new Guid(body.Slice(8, 16)));
        return true;
    }

    private static ProbeFailure? CheckHeader(ReadOnlySpan<byte> message)
    {
        if (message.Length >= 4 && message[..4].SequenceEqual(Smb2Header.Smb1ProtocolId))
        {
            return ProbeFailure.Protocol("the server answered the SMB2 NEGOTIATE with an SMB1 message; it does not speak SMB2");
        }

        if (message.Length >= 4 && !message[..4].SequenceEqual(Smb2Header.ProtocolId))
        {
            return ProbeFailure.Garbage($"the reply is not SMB2: its protocol id is {Bytes.Describe(message[..4])}, expected FE 53 4D 42");
        }

        if (message.Length < Smb2Header.Length)
        {
            return ProbeFailure.Truncated($"the SMB2 reply is {message.Length} bytes; its header alone needs {Smb2Header.Length}");
        }

        var structureSize = Bytes.U16(message, Smb2Header.StructureSizeOffset);
        if (structureSize != Smb2Header.Length)
        {
            return ProbeFailure.Protocol($"the SMB2 header StructureSize at offset 4 is {structureSize}, expected 64");
        }

        var command = Bytes.U16(message, Smb2Header.CommandOffset);
        if (command != Smb2Header.NegotiateCommand)
        {
            return ProbeFailure.Protocol($"the reply is for SMB2 command 0x{command:X4} (offset 12), not NEGOTIATE (0x0000)");
        }

        if ((Bytes.U32(message, Smb2Header.FlagsOffset) & Smb2Header.ServerToRedirectorFlag) == 0)
        {
            return ProbeFailure.Protocol("the reply's SMB2 header does not have the server-to-client flag (offset 16); it is not a response");
        }

        var messageId = Bytes.U64(message, Smb2Header.MessageIdOffset);
        if (messageId != 0)
        {
            return ProbeFailure.Protocol($"the reply has MessageId {messageId} (offset 24); the request used 0");
        }

        var status = Bytes.U32(message, Smb2Header.StatusOffset);
        return status == 0 ? null : ProbeFailure.Status(status, "SMB2 NEGOTIATE" + StatusHint(status));
    }

    private static ProbeFailure? CheckBody(ReadOnlySpan<byte> message)
    {
        if (message.Length < Smb2Header.Length + 2)
        {
            return ProbeFailure.Truncated($"the SMB2 reply ends at byte {message.Length}, before the NEGOTIATE response body");
        }

        var structureSize = Bytes.U16(message, Smb2Header.Length);
        if (structureSize != StructureSize)
        {
            return ProbeFailure.Protocol($"the NEGOTIATE response StructureSize at offset 64 is {structureSize}, expected {StructureSize}");
        }

        return message.Length < MinimumLength
            ? ProbeFailure.Truncated($"the NEGOTIATE response is {message.Length} bytes; its fixed part needs {MinimumLength}")
            : null;
    }

    private static ProbeFailure? CheckDialect(ushort dialect)
    {
        if (Smb2Dialects.Offered.Contains(dialect))
        {
            return null;
        }

        return dialect == Smb2Dialects.Wildcard
            ? ProbeFailure.Protocol("the server chose the wildcard dialect 0x02FF, which only answers an SMB1 multi-protocol negotiate")
            : ProbeFailure.Protocol($"the server chose dialect 0x{dialect:X4} (offset 68), which was not offered");
    }

    private static ProbeFailure? CheckSecurityBuffer(ReadOnlySpan<byte> message)
    {
        var offset = Bytes.U16(message, Smb2Header.Length + 56);
        var length = Bytes.U16(message, Smb2Header.Length + 58);
        if (length == 0)
        {
            return null;
        }

        if (offset < MinimumLength)
        {
            return ProbeFailure.Protocol($"the security buffer offset {offset} (offset 120) points inside the fixed response, which ends at {MinimumLength}");
        }

        return offset + length > message.Length
            ? ProbeFailure.Truncated($"the security buffer (offset {offset}, length {length}) runs past the end of the {message.Length}-byte reply")
            : null;
    }

    private static ProbeFailure? CheckContexts(ReadOnlySpan<byte> message, ushort dialect)
    {
        if (dialect != Dialects.Smb311.Revision)
        {
            return null;
        }

        var count = Bytes.U16(message, Smb2Header.Length + 6);
        var offset = Bytes.U32(message, Smb2Header.Length + 60);
        if (count == 0)
        {
            return ProbeFailure.Protocol("the server chose 3.1.1 but sent no negotiate contexts (NegotiateContextCount at offset 70 is 0)");
        }

        if (offset % 8 != 0 || offset < MinimumLength)
        {
            return ProbeFailure.Protocol($"NegotiateContextOffset {offset} (offset 124) is not an 8-byte-aligned offset after the fixed response");
        }

        return Smb2NegotiateContexts.Check(message, (int)Math.Min(offset, int.MaxValue), count);
    }

    private static string StatusHint(uint status) => status switch
    {
        0xC00000BB => " (no dialect in common: the server allows none of 2.0.2 to 3.1.1)",
        0xC000000D => " (the server rejected the request as malformed)",
        _ => "",
    };
}
