using System.Buffers.Binary;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Drift.Tests.Wire;

public class Smb2NegotiateRequestTests
{
    private static readonly Guid ClientGuid = new("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    private static readonly byte[] Salt = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    private static byte[] Build()
    {
        var frame = new byte[Smb2NegotiateRequest.FrameLength + 16];
        var length = Smb2NegotiateRequest.Write(frame, ClientGuid, Salt);
        length.Should().Be(Smb2NegotiateRequest.FrameLength);
        return frame[..length];
    }

    private static ushort U16(byte[] frame, int messageOffset) => BinaryPrimitives.ReadUInt16LittleEndian(frame.AsSpan(4 + messageOffset));

    private static uint U32(byte[] frame, int messageOffset) => BinaryPrimitives.ReadUInt32LittleEndian(frame.AsSpan(4 + messageOffset));

    [Fact]
    public void Write_FramesTheMessageWithZeroAndBigEndianLength()
    {
        var frame = Build();

        frame[0].Should().Be(0);
        ((frame[1] << 16) | (frame[2] << 8) | frame[3]).Should().Be(frame.Length - 4);
        frame.Length.Should().Be(182, "64 header + 36 body + 10 dialects + 2 pad + 46 preauth + 2 pad + 18 encryption");
    }

    [Fact]
    public void Write_HeaderIsANegotiateWithMessageIdZero()
    {
        var frame = Build();

        frame.AsSpan(4, 4).ToArray().Should().Equal(0xFE, (byte)'S', (byte)'M', (byte)'B');
        U16(frame, 4).Should().Be(64, "header StructureSize");
        U16(frame, 12).Should().Be(0, "Command NEGOTIATE");
        U32(frame, 16).Should().Be(0, "flags: a request");
        BinaryPrimitives.ReadUInt64LittleEndian(frame.AsSpan(4 + 24)).Should().Be(0, "MessageId");
        BinaryPrimitives.ReadUInt64LittleEndian(frame.AsSpan(4 + 40)).Should().Be(0, "SessionId");
    }

    [Fact]
    public void Write_BodyOffersFiveDialectsWithSigningEnabled()
    {
        var frame = Build();

        U16(frame, 64).Should().Be(36, "StructureSize");
        U16(frame, 66).Should().Be(5, "DialectCount");
        U16(frame, 68).Should().Be(0x0001, "SecurityMode: signing enabled, not required");
        new Guid(frame.AsSpan(4 + 76, 16)).Should().Be(ClientGuid);
        Enumerable.Range(0, 5).Select(i => U16(frame, 100 + (2 * i))).Should().Equal(0x0202, 0x0210, 0x0300, 0x0302, 0x0311);
    }

    [Fact]
    public void Write_ContextListIsAlignedAndHoldsPreauthAndEncryption()
    {
        var frame = Build();
        var offset = (int)U32(frame, 92);

        offset.Should().Be(112);
        (offset % 8).Should().Be(0);
        U16(frame, 96).Should().Be(2, "NegotiateContextCount");

        U16(frame, offset).Should().Be(0x0001, "SMB2_PREAUTH_INTEGRITY_CAPABILITIES");
        U16(frame, offset + 2).Should().Be(38, "DataLength");
        U16(frame, offset + 8).Should().Be(1, "HashAlgorithmCount");
        U16(frame, offset + 10).Should().Be(32, "SaltLength");
        U16(frame, offset + 12).Should().Be(0x0001, "SHA-512");
        frame.AsSpan(4 + offset + 14, 32).ToArray().Should().Equal(Salt);

        var second = (offset + 8 + 38 + 7) & ~7;
        second.Should().Be(160);
        U16(frame, second).Should().Be(0x0002, "SMB2_ENCRYPTION_CAPABILITIES");
        U16(frame, second + 2).Should().Be(10);
        U16(frame, second + 8).Should().Be(4, "CipherCount");
        Enumerable.Range(0, 4).Select(i => U16(frame, second + 10 + (2 * i))).Should().Equal(2, 1, 4, 3);
        (second + 8 + 10).Should().Be(frame.Length - 4, "the last context ends the message");
    }

    [Fact]
    public void Write_PaddingBytesAreZero()
    {
        var frame = Build();

        frame.AsSpan(4 + 110, 2).ToArray().Should().Equal(0, 0);
        frame.AsSpan(4 + 158, 2).ToArray().Should().Equal(0, 0);
    }

    [Fact]
    public void Write_WrongSaltLength_Throws()
    {
        var write = () => Smb2NegotiateRequest.Write(new byte[300], ClientGuid, new byte[16]);

        write.Should().Throw<ArgumentException>().WithMessage("*32 bytes*");
    }

    [Fact]
    public void Smb1Request_OffersNtLm012AndNoSmb2Dialect()
    {
        var frame = new byte[Smb1NegotiateRequest.FrameLength];
        Smb1NegotiateRequest.Write(frame);

        frame.AsSpan(4, 5).ToArray().Should().Equal(0xFF, (byte)'S', (byte)'M', (byte)'B', 0x72);
        frame[4 + 32].Should().Be(0, "WordCount");
        var byteCount = BinaryPrimitives.ReadUInt16LittleEndian(frame.AsSpan(4 + 33));
        var dialects = System.Text.Encoding.ASCII.GetString(frame, 4 + 35, byteCount).Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.TrimStart('\u0002')).ToList();
        dialects.Should().Contain("NT LM 0.12").And.NotContain(d => d.StartsWith("SMB 2", StringComparison.Ordinal));
        (4 + 35 + byteCount).Should().Be(frame.Length);
    }
}
