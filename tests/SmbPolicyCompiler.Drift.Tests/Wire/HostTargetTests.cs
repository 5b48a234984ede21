using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Drift.Tests.Wire;

public class HostTargetTests
{
    [Theory]
    [InlineData("fs01", "fs01", 445, "fs01:445")]
    [InlineData("fs01.corp.example.com:4455", "fs01.corp.example.com", 4455, "fs01.corp.example.com:4455")]
    [InlineData("1.2.3.4:445", "1.2.3.4", 445, "1.2.3.4:445")]
    [InlineData("10.0.0.5", "10.0.0.5", 445, "10.0.0.5:445")]
    [InlineData("[::1]:4455", "::1", 4455, "[::1]:4455")]
    [InlineData("[fe80::1]", "fe80::1", 445, "[fe80::1]:445")]
    [InlineData("::1", "::1", 445, "[::1]:445")]
    [InlineData("  fs_legacy-01  ", "fs_legacy-01", 445, "fs_legacy-01:445")]
    [InlineData("fs01.corp.", "fs01.corp.", 445, "fs01.corp.:445")]
    public void Parse_AcceptedForms_GiveHostAndPort(string text, string host, int port, string display)
    {
        var target = HostTarget.Parse(text);

        target.Host.Should().Be(host);
        target.Port.Should().Be(port);
        target.ToString().Should().Be(display);
    }

    [Theory]
    [InlineData("", "empty host target")]
    [InlineData("fs01:0", "port '0' is not a number from 1 to 65535")]
    [InlineData("fs01:70000", "port '70000'")]
    [InlineData("fs01:smb", "port 'smb'")]
    [InlineData("fs01:", "port ''")]
    [InlineData("[::1", "there is no ']'")]
    [InlineData("[::1]445", "expected ':port' after ']'")]
    [InlineData("[1.2.3.4]:445", "brackets are only for IPv6")]
    [InlineData("1.2.3.999", "not a valid IPv4 address")]
    [InlineData("1234", "'1234' is not a valid IPv4 address")]
    [InlineData("fs 01", "not a valid host name")]
    [InlineData("fs01..corp", "not a valid host name")]
    [InlineData("-fs01", "not a valid host name")]
    [InlineData(":445", "the host part is empty")]
    [InlineData("1:2:3:zz", "not a valid IPv6 address")]
    public void TryParse_BadTarget_ExplainsWhatIsWrong(string text, string expected)
    {
        HostTarget.TryParse(text, out var target, out var error).Should().BeFalse();

        target.Should().BeNull();
        error.Should().Contain(expected);
    }

    [Fact]
    public void Parse_BadTarget_ThrowsFormatExceptionWithTheReason()
    {
        var parse = () => HostTarget.Parse("fs01:99999");

        parse.Should().Throw<FormatException>().WithMessage("*'fs01:99999'*port*");
    }

    [Fact]
    public void Address_IsSetOnlyForIpLiterals()
    {
        HostTarget.Parse("1.2.3.4").Address.Should().Be(System.Net.IPAddress.Parse("1.2.3.4"));
        HostTarget.Parse("[::1]:4455").Address.Should().Be(System.Net.IPAddress.IPv6Loopback);
        HostTarget.Parse("fs01").Address.Should().BeNull();
    }

    [Fact]
    public void Equality_IsByHostAndPort()
    {
        HostTarget.Parse("fs01").Should().Be(new HostTarget("fs01", 445));
        HostTarget.Parse("fs01:139").Should().NotBe(new HostTarget("fs01", 445));
    }
}
