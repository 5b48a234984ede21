namespace SmbPolicyCompiler.Formats.Tests.Registry;

public class RegistryValueTests
{
    [Fact]
    public void Dword_IsFourBytesLittleEndian()
    {
        var value = RegistryValue.Dword(0x0A0B0C0D);

        value.Type.Should().Be(RegistryValueType.DWord);
        value.Data.Should().Equal(0x0D, 0x0C, 0x0B, 0x0A);
        value.AsDword().Should().Be(0x0A0B0C0D);
    }

    [Fact]
    public void DwordBigEndian_IsFourBytesBigEndian()
    {
        var value = RegistryValue.DwordBigEndian(0x0A0B0C0D);

        value.Data.Should().Equal(0x0A, 0x0B, 0x0C, 0x0D);
        value.AsDword().Should().Be(0x0A0B0C0D);
    }

    [Fact]
    public void QWord_IsEightBytesLittleEndian()
    {
        var value = RegistryValue.QWord(0x0102030405060708);

        value.Data.Should().Equal(8, 7, 6, 5, 4, 3, 2, 1);
        value.AsQWord().Should().Be(0x0102030405060708);
    }

    [Theory]
    [InlineData("", new byte[] { 0, 0 })]
    [InlineData("é", new byte[] { 0xE9, 0, 0, 0 })]
    [InlineData("😀", new byte[] { 0x3D, 0xD8, 0x00, 0xDE, 0, 0 })]
    public void String_IsUtf16WithTerminator(string text, byte[] expected)
    {
        var value = RegistryValue.String(text);

        value.Data.Should().Equal(expected);
        value.AsString().Should().Be(text);
    }

    [Fact]
    public void MultiString_EndsWithTwoNuls_AndEmptyListIsOneNul()
    {
        RegistryValue.MultiString("a", "b").Data.Should().Equal((byte)'a', 0, 0, 0, (byte)'b', 0, 0, 0, 0, 0);
        RegistryValue.MultiString().Data.Should().Equal(0, 0);
        RegistryValue.MultiString("a", "b").AsMultiString().Should().Equal("a", "b");
        RegistryValue.MultiString().AsMultiString().Should().BeEmpty();
    }

    [Fact]
    public void MultiString_EmptyItem_IsRejected()
    {
        var act = () => RegistryValue.MultiString("a", "", "b");

        act.Should().Throw<UnrepresentableValueException>().WithMessage("*item 1 is empty*");
    }

    [Fact]
    public void String_WithNul_IsRejected()
    {
        var act = () => RegistryValue.String("a\0b");

        act.Should().Throw<UnrepresentableValueException>().WithMessage("*NUL at index 1*");
    }

    [Fact]
    public void String_WithUnpairedSurrogate_IsRejected()
    {
        var act = () => RegistryValue.String("a" + '\uDC00');

        act.Should().Throw<UnrepresentableValueException>().WithMessage("*unpaired surrogate U+DC00*");
    }

    [Fact]
    public void Decoding_IsTolerantOfMissingTerminators()
    {
        RegistryValue.FromRaw(RegistryValueType.String, [(byte)'a', 0, (byte)'b', 0]).AsString().Should().Be("ab");
        RegistryValue.FromRaw(RegistryValueType.MultiString, [(byte)'a', 0, 0, 0, (byte)'b', 0]).AsMultiString().Should().Equal("a", "b");
    }

    [Fact]
    public void Accessors_OnTheWrongType_SayWhatTheValueIs()
    {
        var act = () => RegistryValue.String("1").AsDword();

        act.Should().Throw<InvalidOperationException>().WithMessage("The value is REG_SZ with 4 bytes of data, not a 4-byte REG_DWORD.");
    }

    [Fact]
    public void Equality_ComparesTypeAndBytes()
    {
        RegistryValue.Dword(1).Should().Be(RegistryValue.FromRaw(RegistryValueType.DWord, [1, 0, 0, 0]));
        RegistryValue.Dword(1).GetHashCode().Should().Be(RegistryValue.FromRaw(RegistryValueType.DWord, [1, 0, 0, 0]).GetHashCode());
        RegistryValue.Dword(1).Should().NotBe(RegistryValue.FromRaw(RegistryValueType.Binary, [1, 0, 0, 0]));
        RegistryValue.Dword(1).Should().NotBe(RegistryValue.Dword(2));
    }

    [Fact]
    public void ToString_DescribesTheValue()
    {
        RegistryValue.Dword(10).ToString().Should().Be("REG_DWORD 10 (0x0000000a)");
        RegistryValue.String("a\"b\n").ToString().Should().Be("REG_SZ \"a\\\"b\\u000a\"");
        RegistryValue.MultiString("x", "y").ToString().Should().Be("REG_MULTI_SZ [\"x\", \"y\"]");
        RegistryValue.Binary([1, 0xAB]).ToString().Should().Be("REG_BINARY 01 ab");
        RegistryValue.None().ToString().Should().Be("REG_NONE (no data)");
    }
}
