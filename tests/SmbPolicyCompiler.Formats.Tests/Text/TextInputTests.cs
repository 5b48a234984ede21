using System.Text;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats.Tests.Text;

public sealed class TextInputTests
{
    private const string Json = "{\"hostName\":\"FS-01\",\"owner\":\"Zoë\"}\n";

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le")]
    public void Open_AnyEncoding_GivesTheHeadAfterTheMarkAndTheWholeTextAndUtf8(string name)
    {
        var bytes = Encode(Json, name);

        using (var input = TextInput.Open(new MemoryStream(bytes), headBytes: 8))
        {
            input.HeadText().Should().StartWith("{\"h");
            using var reader = input.OpenText();
            reader.ReadToEnd().Should().Be(Json);
        }

        using (var input = TextInput.Open(new MemoryStream(bytes)))
        {
            using var utf8 = new MemoryStream();
            input.OpenUtf8().CopyTo(utf8);
            utf8.ToArray().Should().Equal(Encoding.UTF8.GetBytes(Json));
        }
    }

    [Fact]
    public void Open_OnlyAMark_IsEmpty()
    {
        using var input = TextInput.Open(new MemoryStream([0xFF, 0xFE]));

        input.IsEmpty.Should().BeTrue();
        input.Encoding.Kind.Should().Be(TextEncodingKind.Utf16LittleEndian);
    }

    [Fact]
    public void Open_StreamLongerThanTheHead_ReadsOnlyTheHeadUntilAsked()
    {
        var source = new CountingStream(Encoding.UTF8.GetBytes(new string('x', 100_000)));

        using var input = TextInput.Open(source, headBytes: 1024);

        source.BytesRead.Should().Be(1024);
        input.Head.Length.Should().Be(1024);
    }

    private static byte[] Encode(string text, string name)
    {
        Encoding encoding = name switch
        {
            "utf-8" => new UTF8Encoding(false),
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16le-bom" => new UnicodeEncoding(false, true),
            "utf-16be-bom" => new UnicodeEncoding(true, true),
            _ => new UnicodeEncoding(false, false),
        };
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
    }

    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
    }
}
