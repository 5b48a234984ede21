namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>
/// Reads the reply to the SMB1 NEGOTIATE (the message after the transport header) into a verdict.
/// Bounds-checked; never throws on bad input.
/// </summary>
internal static class Smb1NegotiateResponseParser
{
    private const byte ReplyFlag = 0x80;
    private const ushort NoDialectChosen = 0xFFFF;
    private const int NtLmWordCount = 17;
    private const int WordCountOffset = Smb1NegotiateRequest.HeaderLength;

    public static Smb1Verdict Parse(ReadOnlySpan<byte> message)
    {
        if (message.Length >= 4 && message[..4].SequenceEqual(Smb2Header.ProtocolId))
        {
            return Smb1Verdict.Rejected("the server answered the SMB1 NEGOTIATE with an SMB2 message");
        }

        if (message.Length >= 4 && !message[..4].SequenceEqual(Smb2Header.Smb1ProtocolId))
        {
            return Smb1Verdict.Unknown(ProbeFailure.Garbage($"the reply to the SMB1 NEGOTIATE is not SMB: it starts {Bytes.Describe(message[..4])}"));
        }

        if (message.Length < Smb1NegotiateRequest.HeaderLength + 1)
        {
            return Smb1Verdict.Unknown(ProbeFailure.Truncated($"the SMB1 reply is {message.Length} bytes; header and WordCount need {Smb1NegotiateRequest.HeaderLength + 1}"));
        }

        return CheckHeader(message) ?? ReadDialect(message);
    }

    private static Smb1Verdict? CheckHeader(ReadOnlySpan<byte> message)
    {
        if (message[4] != Smb1NegotiateRequest.NegotiateCommand)
        {
            return Smb1Verdict.Unknown(ProbeFailure.Protocol($"the SMB1 reply is for command 0x{message[4]:X2} (offset 4), not NEGOTIATE (0x72)"));
        }

        if ((message[9] & ReplyFlag) == 0)
        {
            return Smb1Verdict.Unknown(ProbeFailure.Protocol("the SMB1 reply does not have the reply flag (offset 9)"));
        }

        var status = Bytes.U32(message, 5);
        return status == 0 ? null : Smb1Verdict.Rejected($"the server answered the SMB1 NEGOTIATE with {NtStatusNames.Describe(status)}");
    }

    private static Smb1Verdict ReadDialect(ReadOnlySpan<byte> message)
    {
        int wordCount = message[WordCountOffset];
        var wordsEnd = WordCountOffset + 1 + (2 * wordCount);
        if (wordCount == 0)
        {
            return Smb1Verdict.Unknown(ProbeFailure.Protocol("the SMB1 NEGOTIATE reply has WordCount 0 (offset 32), so no DialectIndex"));
        }

        if (message.Length < wordsEnd + 2)
        {
            return Smb1Verdict.Unknown(ProbeFailure.Truncated($"the SMB1 reply declares {wordCount} parameter words but ends at byte {message.Length}, before its ByteCount at {wordsEnd}"));
        }

        var byteCount = Bytes.U16(message, wordsEnd);
        if (message.Length < wordsEnd + 2 + byteCount)
        {
            return Smb1Verdict.Unknown(ProbeFailure.Truncated($"the SMB1 reply declares {byteCount} data bytes (ByteCount at offset {wordsEnd}) but only {message.Length - wordsEnd - 2} follow"));
        }

        var index = Bytes.U16(message, WordCountOffset + 1);
        if (index == NoDialectChosen)
        {
            return Smb1Verdict.Rejected("the server chose none of the SMB1 dialects offered (DialectIndex 0xFFFF)");
        }

        if (index >= Smb1NegotiateRequest.Dialects.Count)
        {
            return Smb1Verdict.Unknown(ProbeFailure.Protocol($"the SMB1 reply chose dialect index {index} (offset 33), but only {Smb1NegotiateRequest.Dialects.Count} were offered"));
        }

        var dialect = Smb1NegotiateRequest.Dialects[index];
        if (dialect != Smb1NegotiateRequest.NtLm012)
        {
            return new Smb1Verdict(Smb1Support.Accepted, dialect, null, null, $"the server chose the SMB1 dialect \"{dialect}\"");
        }

        if (wordCount != NtLmWordCount)
        {
            return Smb1Verdict.Unknown(ProbeFailure.Protocol($"the server chose \"{dialect}\" but its reply has WordCount {wordCount}, expected {NtLmWordCount}"));
        }

        var securityMode = message[WordCountOffset + 3];
        return new Smb1Verdict(
            Smb1Support.Accepted,
            dialect,
            (securityMode & Smb1Verdict.SignaturesEnabledBit) != 0,
            (securityMode & Smb1Verdict.SignaturesRequiredBit) != 0,
            $"the server chose the SMB1 dialect \"{dialect}\" (SecurityMode 0x{securityMode:X2})");
    }
}
