using System.Buffers.Binary;
using SmbPolicyCompiler.Drift.Tests.Support;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Drift.Tests.Wire;

public class Smb2NegotiateResponseParserTests
{
    /// <summary>
    /// The reply of Samba 4.17.12-Debian smbd ("server signing = mandatory") to the probe's NEGOTIATE,
    /// captured on loopback; the 4-byte transport header is removed.
    /// </summary>
    private static readonly byte[] SambaMandatoryReply = Convert.FromHexString(
        "fe534d4240000000000000000000010001000000000000000000000000000000fffe000000000000000000000000000000000000000000000000000000000000" +
        "4100030011030200766d00000000000000000000000000000f000000000080000000800000008000acc5e3d2057add01000000000000000080004a00d0000000" +
        "604806062b0601050502a03e303ca00e300c060a2b06010401823702020aa32a3028a0261b246e6f745f646566696e65645f696e5f5246433431373840706c656173655f69676e6f7265" +
        "0000000000000100260000000000010020000100d7f1af5ed1506ad174eac2771ba94bf6dcf041731c381eaf83d66d083fa3c047000002000400000000000100" +
        "0200");

    private static (Smb2Negotiation? Negotiation, ProbeFailure? Failure) Parse(ReadOnlySpan<byte> message)
    {
        Smb2NegotiateResponseParser.TryParse(message, out var negotiation, out var failure)
            .Should().Be(negotiation is not null);
        (negotiation is null).Should().Be(failure is not null, "exactly one of result and failure is set");
        return (negotiation, failure);
    }

    private static byte[] Message(byte[] frame) => frame[4..];

    [Fact]
    public void TryParse_RealSambaReply_ReadsDialectAndRequiredSigning()
    {
        var (negotiation, _) = Parse(SambaMandatoryReply);

        negotiation!.Dialect.Should().Be("3.1.1");
        negotiation.SecurityMode.Should().Be(0x0003);
        negotiation.SigningEnabled.Should().BeTrue();
        negotiation.SigningRequired.Should().BeTrue();
    }

    [Theory]
    [InlineData(0x0001, (ushort)0x0311, "3.1.1", true, false)]
    [InlineData(0x0003, (ushort)0x0302, "3.0.2", true, true)]
    [InlineData(0x0001, (ushort)0x0300, "3.0", true, false)]
    [InlineData(0x0000, (ushort)0x0210, "2.1", false, false)]
    [InlineData(0x0002, (ushort)0x0202, "2.0.2", false, true)]
    public void TryParse_WellFormedReply_ReportsSecurityModeBits(int mode, ushort dialect, string name, bool enabled, bool required)
    {
        var (negotiation, _) = Parse(Message(Smb2ResponseBuilder.Negotiate((ushort)mode, dialect)));

        negotiation!.Dialect.Should().Be(name);
        negotiation.SigningEnabled.Should().Be(enabled);
        negotiation.SigningRequired.Should().Be(required);
    }

    [Fact]
    public void TryParse_ErrorStatus_ReportsTheNtStatusByName()
    {
        var (_, failure) = Parse(Message(Smb2ResponseBuilder.Error(0xC00000BB)));

        failure!.Kind.Should().Be(ProbeFailureKind.ErrorStatus);
        failure.NtStatus.Should().Be(0xC00000BB);
        failure.Message.Should().Contain("STATUS_NOT_SUPPORTED (0xC00000BB)").And.Contain("no dialect in common");
    }

    [Fact]
    public void TryParse_UnknownStatus_ReportsHex()
    {
        var (_, failure) = Parse(Message(Smb2ResponseBuilder.Error(0xC0001234)));

        failure!.Message.Should().Contain("NTSTATUS 0xC0001234");
    }

    [Fact]
    public void TryParse_EveryTruncation_IsReportedAsTruncatedNeverThrows()
    {
        for (var length = 0; length < SambaMandatoryReply.Length; length++)
        {
            var (_, failure) = Parse(SambaMandatoryReply.AsSpan(0, length));

            failure!.Kind.Should().Be(ProbeFailureKind.Truncated, $"a reply cut to {length} bytes is truncated ({failure.Message})");
        }
    }

    [Fact]
    public void TryParse_Http_IsGarbage()
    {
        var (_, failure) = Parse("HTTP/1.1 400 Bad Request\r\n\r\n"u8.ToArray());

        failure!.Kind.Should().Be(ProbeFailureKind.Garbage);
        failure.Message.Should().Contain("48 54 54 50 'HTTP'");
    }

    [Fact]
    public void TryParse_Smb1Answer_IsProtocolError()
    {
        var smb1 = Message(Smb1ResponseBuilder.NoDialect());

        var (_, failure) = Parse(smb1);

        failure!.Kind.Should().Be(ProbeFailureKind.ProtocolError);
        failure.Message.Should().Contain("SMB1");
    }

    [Theory]
    [InlineData(64, 9, "StructureSize at offset 64 is 9")]
    [InlineData(4, 65, "header StructureSize at offset 4 is 65")]
    [InlineData(12, 5, "command 0x0005")]
    [InlineData(68, 0x0201, "dialect 0x0201 (offset 68), which was not offered")]
    [InlineData(68, 0x02FF, "wildcard dialect 0x02FF")]
    [InlineData(16, 0, "not a response")]
    [InlineData(24, 7, "MessageId 7")]
    [InlineData(70, 0, "no negotiate contexts")]
    [InlineData(124, 201, "NegotiateContextOffset 201")]
    [InlineData(120, 64, "security buffer offset 64")]
    public void TryParse_WrongField_IsProtocolErrorNamingTheOffset(int offset, int value, string expected)
    {
        var message = (byte[])SambaMandatoryReply.Clone();
        BinaryPrimitives.WriteUInt16LittleEndian(message.AsSpan(offset), (ushort)value);

        var (_, failure) = Parse(message);

        failure!.Kind.Should().Be(ProbeFailureKind.ProtocolError);
        failure.Message.Should().Contain(expected);
    }

    [Theory]
    [InlineData(122, 0x0400, "security buffer (offset 128, length 1024) runs past the end")]
    [InlineData(124, 0x0118, "negotiate context 1 of 2 would start at byte 280")]
    [InlineData(210, 0x0100, "negotiate context 1 of 2 (type 0x0001 at byte 208, 256 data bytes) runs past the end")]
    [InlineData(70, 9, "negotiate context 3 of 9")]
    public void TryParse_LengthsPointingOutside_AreTruncated(int offset, int value, string expected)
    {
        var message = (byte[])SambaMandatoryReply.Clone();
        BinaryPrimitives.WriteUInt16LittleEndian(message.AsSpan(offset), (ushort)value);

        var (_, failure) = Parse(message);

        failure!.Kind.Should().Be(ProbeFailureKind.Truncated);
        failure.Message.Should().Contain(expected);
    }

    [Fact]
    public void TryParse_RandomBytesAndBitFlips_NeverThrow()
    {
        var random = new Random(20261121);
        for (var i = 0; i < 20_000; i++)
        {
            byte[] message;
            if (i % 2 == 0)
            {
                message = new byte[random.Next(0, 400)];
                random.NextBytes(message);
                if (message.Length >= 4 && i % 4 == 0)
                {
                    Smb2Header.ProtocolId.CopyTo(message);
                }
            }
            else
            {
                message = (byte[])SambaMandatoryReply.Clone();
                for (var flips = random.Next(1, 6); flips > 0; flips--)
                {
                    message[random.Next(message.Length)] = (byte)random.Next(256);
                }
            }

            Smb2NegotiateResponseParser.TryParse(message, out var negotiation, out var failure);
            (negotiation is null).Should().Be(failure is not null);
        }
    }

    [Fact]
    public void FrameHeader_RejectsNonZeroFirstByteAndHugeLengths()
    {
        DirectTcpFrame.TryReadLength([0x00, 0x00, 0x01, 0x0C], out var length, out _).Should().BeTrue();
        length.Should().Be(268);

        DirectTcpFrame.TryReadLength("HTTP"u8, out _, out var http).Should().BeFalse();
        http!.Kind.Should().Be(ProbeFailureKind.Garbage);

        DirectTcpFrame.TryReadLength([0x00, 0xFF, 0xFF, 0xFF], out _, out var huge).Should().BeFalse();
        huge!.Message.Should().Contain("16777215 bytes");

        DirectTcpFrame.TryReadLength([0x00, 0x00], out _, out var cut).Should().BeFalse();
        cut!.Kind.Should().Be(ProbeFailureKind.Truncated);
    }
}
