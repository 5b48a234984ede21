using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

public sealed class NetworkNameTests
{
    [Theory]
    [InlineData(@"\\10.1.10.20", "10.1.10.20", NetworkNameKind.IPv4)]
    [InlineData("10.11.12.13", "10.11.12.13", NetworkNameKind.IPv4)]
    [InlineData("1.2.3.4:45742", "1.2.3.4", NetworkNameKind.IPv4)]
    [InlineData(@"\\WS-0042", "ws-0042", NetworkNameKind.Name)]
    [InlineData("FS01.Contoso.COM.", "fs01.contoso.com", NetworkNameKind.Name)]
    [InlineData("fs01:445", "fs01", NetworkNameKind.Name)]
    [InlineData(@"\SERVERNAME.local", "servername.local", NetworkNameKind.Name)]
    [InlineData(@"\HOSTNAME\abc$", "hostname", NetworkNameKind.Name)]
    [InlineData(@"\\[2001:DB8::42]:50123", "2001:db8::42", NetworkNameKind.IPv6)]
    [InlineData("2001:db8:0:0:0:0:0:42", "2001:db8::42", NetworkNameKind.IPv6)]
    [InlineData("fe80::1%12", "fe80::1", NetworkNameKind.IPv6)]
    [InlineData("[fe80::1%eth0]:445", "fe80::1", NetworkNameKind.IPv6)]
    [InlineData("::1", "::1", NetworkNameKind.IPv6)]
    [InlineData(@"\\::ffff:10.1.10.22", "10.1.10.22", NetworkNameKind.IPv4)]
    [InlineData("  10.0.0.1  ", "10.0.0.1", NetworkNameKind.IPv4)]
    public void Parse_WrittenForms_NormaliseToOneName(string raw, string value, NetworkNameKind kind)
    {
        NetworkName.Parse(raw).Should().Be(new NetworkName(value, kind));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(@"\\")]
    [InlineData("-")]
    [InlineData("N/A")]
    [InlineData("12")]
    [InlineData("10.1.2")]
    [InlineData("999.1.2.3")]
    [InlineData("a b")]
    [InlineData("[10.0.0.1]:445")]
    [InlineData("::gg")]
    public void Parse_UnusableValue_GivesNoName(string? raw)
    {
        NetworkName.TryParse(raw, out var name).Should().BeFalse();
        name.Should().BeNull();
    }

    [Theory]
    [InlineData("FS01.contoso.com", "fs01")]
    [InlineData(@"\\WS-1", "ws-1")]
    [InlineData("10.1.2.3", "10.1.2.3")]
    [InlineData("2001:db8::1", "2001:db8::1")]
    public void ShortName_IsTheFirstLabelOfANameOnly(string raw, string shortName)
    {
        NetworkName.Parse(raw)!.ShortName.Should().Be(shortName);
    }

    [Fact]
    public void Compare_OrdersByKindThenOrdinally()
    {
        var names = new[] { "b", "10.0.0.2", "a", "::1", "10.0.0.10" }.Select(n => NetworkName.Parse(n)!).Order().Select(n => n.Value);

        names.Should().Equal("a", "b", "10.0.0.10", "10.0.0.2", "::1");
    }
}
