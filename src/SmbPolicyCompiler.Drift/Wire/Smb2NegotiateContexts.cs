namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>Walks a 3.1.1 NegotiateContextList (MS-SMB2 2.2.3.1), checking that every context lies inside the reply.</summary>
internal static class Smb2NegotiateContexts
{
    private const int ContextHeaderLength = 8;

    public static ProbeFailure? Check(ReadOnlySpan<byte> message, int offset, int count)
    {
        var position = offset;
        for (var index = 0; index < count; index++)
        {
            if (index > 0)
            {
                position = (position + 7) & ~7;
            }

            if (position > message.Length - ContextHeaderLength)
            {
                return ProbeFailure.Truncated($"negotiate context {index + 1} of {count} would start at byte {position}, past the end of the {message.Length}-byte reply");
            }

            var dataLength = Bytes.U16(message, position + 2);
            var end = position + ContextHeaderLength + dataLength;
            if (end > message.Length)
            {
                var type = Bytes.U16(message, position);
                return ProbeFailure.Truncated($"negotiate context {index + 1} of {count} (type 0x{type:X4} at byte {position}, {dataLength} data bytes) runs past the end of the {message.Length}-byte reply");
            }

            position = end;
        }

        return null;
    }
}
