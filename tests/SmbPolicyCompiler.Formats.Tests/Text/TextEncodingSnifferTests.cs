using System.Text;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats.Tests.Text;

public sealed class TextEncodingSnifferTests
{
    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'<' }, TextEncodingKind.Utf8, 3)]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'<', 0 }, TextEncodingKind.Utf16LittleEndian, 2)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'<' }, TextEncodingKind.Utf16BigEndian, 2)]
    [InlineData(new byte[] { (byte)'{', 0, (byte)'"', 0 }, TextEncodingKind.Utf16LittleEndian, 0)]
    [InlineData(new byte[] { 0, (byte)'{', 0, (byte)'"' }, TextEncodingKind.Utf16BigEndian, 0)]
    [InlineData(new byte[] { (byte)'a', (byte)',', (byte)'b' }, TextEncodingKind.Utf8, 0)]
    [InlineData(new byte[] { 0xC3, 0xA9 }, TextEncodingKind.Utf8, 0)]
    [InlineData(new byte[] { (byte)'x' }, TextEncodingKind.Utf8, 0)]
    [InlineData(new byte[0], TextEncodingKind.Utf8, 0)]
    public void Sniff_FirstBytes_NameTheEncodingAndTheMarkLength(byte[] head, TextEncodingKind kind, int bomLength)
    {
        TextEncodingSniffer.Sniff(head).Should().Be(new SniffedEncoding(kind, bomLength));
    }

    [Fact]
    public void Decode_EveryEncodingWindowsToolsWrite_GivesTheSameText()
    {
        const string text = "Name,Owner\r\nFS-01,Zoë Müller\r\n";
        Encoding[] encodings = [new UTF8Encoding(false), new UTF8Encoding(true), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true), new UnicodeEncoding(false, false)];

        foreach (var encoding in encodings)
        {
            var decoded = DecodedText.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(text)], TextDecoding.Strict, out var error);

            error.Should().BeNull();
            decoded!.Text.Should().Be(text, encoding.EncodingName);
        }
    }

    [Fact]
    public void Decode_StrictInvalidUtf8_NamesTheOffsetOfTheBadByte()
    {
        var decoded = DecodedText.Decode("ab\ncd"u8.ToArray().Append((byte)0xE9).ToArray(), TextDecoding.Strict, out var error);

        decoded.Should().BeNull();
        error!.ByteOffset.Should().Be(5);
        error.Message.Should().Contain("not valid UTF-8");
    }

    [Fact]
    public void Decode_WindowsInvalidUtf8WithoutMark_IsReadAsTheAnsiCodePage()
    {
        var decoded = DecodedText.Decode([(byte)'Z', (byte)'o', 0xEB], TextDecoding.Windows, out var error);

        error.Should().BeNull();
        decoded!.Text.Should().Be("Zoë");
        decoded.EncodingName.Should().Be("Windows-1252");
    }

    [Fact]
    public void Decode_Utf8MarkThenInvalidBytes_IsAnErrorEvenForWindowsText()
    {
        var decoded = DecodedText.Decode([0xEF, 0xBB, 0xBF, (byte)'a', 0xFF], TextDecoding.Windows, out var error);

        decoded.Should().BeNull();
        error!.Message.Should().Contain("byte-order mark but is not valid UTF-8");
    }

    [Theory]
    [InlineData(TextDecoding.Strict)]
    [InlineData(TextDecoding.Windows)]
    public void Decode_Utf16WithAnOddByteCount_SaysItIsTruncated(TextDecoding rules)
    {
        var decoded = DecodedText.Decode([0xFF, 0xFE, (byte)'a', 0, (byte)'b'], rules, out var error);

        decoded.Should().BeNull();
        error!.Message.Should().Contain("odd number of bytes").And.Contain("truncated");
    }

    [Fact]
    public void Decode_LoneSurrogateInUtf16_IsAnErrorWhenStrictAndReplacedForWindowsText()
    {
        byte[] bytes = [0xFF, 0xFE, (byte)'a', 0, 0x00, 0xD8, (byte)'b', 0];

        DecodedText.Decode(bytes, TextDecoding.Strict, out var strictError).Should().BeNull();
        strictError!.Message.Should().Contain("not valid UTF-16LE");
        DecodedText.Decode(bytes, TextDecoding.Windows, out _)!.Text.Should().Be("a\uFFFDb");
    }
}
