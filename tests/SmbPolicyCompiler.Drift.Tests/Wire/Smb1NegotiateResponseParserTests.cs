using SmbPolicyCompiler.Drift.Tests.Support;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Drift.Tests.Wire;

public class Smb1NegotiateResponseParserTests
{
    /// <summary>Samba 4.17.12-Debian, "server min protocol = NT1", "server signing = mandatory": chooses NT LM 0.12, SecurityMode 0x0F.</summary>
    private static readonly byte[] SambaNt1Mandatory = Convert.FromHexString(
        "ff534d4272000000008843c8000000000000000000000000fffffffe000000001105000f320001000441000000000100a01c0000fcf38080" +
        "d8496713057add010000005a00766d0000000000000000000000000000604806062b0601050502a03e303ca00e300c060a2b0601040182" +
        "3702020aa32a3028a0261b246e6f745f646566696e65645f696e5f5246433431373840706c656173655f69676e6f7265");

    /// <summary>Samba 4.17.12-Debian with the default "server min protocol" (SMB2_02): no dialect chosen, then it closes.</summary>
    private static readonly byte[] SambaSmb1Off = Convert.FromHexString(
        "ff534d4272000000008803c0000000000000000000000000fffffffe0000000001ffff0000");

    [Fact]
    public void Parse_SambaNt1Mandatory_AcceptedWithSigningRequired()
    {
        var verdict = Smb1NegotiateResponseParser.Parse(SambaNt1Mandatory);

        verdict.Support.Should().Be(Smb1Support.Accepted);
        verdict.Dialect.Should().Be("NT LM 0.12");
        verdict.SigningEnabled.Should().BeTrue();
        verdict.SigningRequired.Should().BeTrue();
        verdict.Evidence.Should().Contain("SecurityMode 0x0F");
    }

    [Fact]
    public void Parse_SambaWithSmb1Off_RejectedBecauseNoDialectChosen()
    {
        var verdict = Smb1NegotiateResponseParser.Parse(SambaSmb1Off);

        verdict.Support.Should().Be(Smb1Support.Rejected);
        verdict.Evidence.Should().Contain("DialectIndex 0xFFFF");
        verdict.SigningRequired.Should().BeNull();
    }

    [Theory]
    [InlineData(0x03, false, false)]
    [InlineData(0x07, true, false)]
    [InlineData(0x0F, true, true)]
    public void Parse_NtLm012_ReadsSigningBits(byte securityMode, bool enabled, bool required)
    {
        var verdict = Smb1NegotiateResponseParser.Parse(Smb1ResponseBuilder.NtLm012(securityMode)[4..]);

        verdict.Support.Should().Be(Smb1Support.Accepted);
        verdict.SigningEnabled.Should().Be(enabled);
        verdict.SigningRequired.Should().Be(required);
    }

    [Fact]
    public void Parse_Smb2Answer_IsRejected()
    {
        var verdict = Smb1NegotiateResponseParser.Parse(Smb2ResponseBuilder.Negotiate()[4..]);

        verdict.Support.Should().Be(Smb1Support.Rejected);
        verdict.Evidence.Should().Contain("SMB2");
    }

    [Fact]
    public void Parse_ErrorStatus_IsRejectedNamingTheStatus()
    {
        var message = (byte[])SambaSmb1Off.Clone();
        BitConverter.TryWriteBytes(message.AsSpan(5), 0xC0000022u).Should().BeTrue();

        var verdict = Smb1NegotiateResponseParser.Parse(message);

        verdict.Support.Should().Be(Smb1Support.Rejected);
        verdict.Evidence.Should().Contain("STATUS_ACCESS_DENIED");
    }

    [Fact]
    public void Parse_OlderDialectChosen_AcceptedWithoutSigningInformation()
    {
        var message = (byte[])SambaSmb1Off.Clone();
        message[33] = 1;
        message[34] = 0;

        var verdict = Smb1NegotiateResponseParser.Parse(message);

        verdict.Support.Should().Be(Smb1Support.Accepted);
        verdict.Dialect.Should().Be("LANMAN1.0");
        verdict.SigningRequired.Should().BeNull();
    }

    [Theory]
    [InlineData(33, 9, "dialect index 9")]
    [InlineData(4, 0x73, "command 0x73")]
    [InlineData(9, 0x08, "reply flag")]
    public void Parse_WrongField_IsUnknownWithProtocolError(int offset, byte value, string expected)
    {
        var message = (byte[])SambaNt1Mandatory.Clone();
        message[offset] = value;
        if (offset == 33)
        {
            message[34] = 0;
        }

        var verdict = Smb1NegotiateResponseParser.Parse(message);

        verdict.Support.Should().Be(Smb1Support.Unknown);
        verdict.Evidence.Should().Contain("ProtocolError").And.Contain(expected);
    }

    [Fact]
    public void Parse_NtLm012WithWrongWordCount_IsUnknown()
    {
        var message = (byte[])SambaSmb1Off.Clone();
        message[33] = 5;
        message[34] = 0;

        var verdict = Smb1NegotiateResponseParser.Parse(message);

        verdict.Support.Should().Be(Smb1Support.Unknown);
        verdict.Evidence.Should().Contain("WordCount 1, expected 17");
    }

    [Fact]
    public void Parse_EveryTruncation_IsUnknownNeverThrows()
    {
        for (var length = 0; length < SambaNt1Mandatory.Length; length++)
        {
            var verdict = Smb1NegotiateResponseParser.Parse(SambaNt1Mandatory.AsSpan(0, length));

            verdict.Support.Should().Be(Smb1Support.Unknown, $"a reply cut to {length} bytes decides nothing");
            verdict.Evidence.Should().StartWith("Truncated");
        }
    }

    [Fact]
    public void Parse_Garbage_IsUnknown()
    {
        var verdict = Smb1NegotiateResponseParser.Parse("SSH-2.0-OpenSSH_9.2\r\n"u8);

        verdict.Support.Should().Be(Smb1Support.Unknown);
        verdict.Evidence.Should().Contain("Garbage").And.Contain("'SSH-'");
    }

    [Fact]
    public void Parse_RandomBytes_NeverThrow()
    {
        var random = new Random(7);
        for (var i = 0; i < 20_000; i++)
        {
            var message = (byte[])SambaNt1Mandatory.Clone();
            if (i % 3 == 0)
            {
                message = message[..random.Next(message.Length)];
            }

            for (var flips = random.Next(1, 6); flips > 0 && message.Length > 0; flips--)
            {
                message[random.Next(message.Length)] = (byte)random.Next(256);
            }

            Smb1NegotiateResponseParser.Parse(message).Evidence.Should().NotBeEmpty();
        }
    }
}
