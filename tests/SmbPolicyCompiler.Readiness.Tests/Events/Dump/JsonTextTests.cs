using System.Text;
using System.Text.Json;
using SmbPolicyCompiler.Readiness.Events.Dump;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Dump;

/// <summary>The dump's own JSON string writer: escapes, UTF-8, the 8-character ASCII path and its edges.</summary>
public sealed class JsonTextTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("plain", "\"plain\"")]
    [InlineData("0123456789abcdef01234", "\"0123456789abcdef01234\"")]
    [InlineData("C:\\Windows\\System32", "\"C:\\\\Windows\\\\System32\"")]
    [InlineData("12345678\"quoted\"", "\"12345678\\\"quoted\\\"\"")]
    [InlineData("line\r\nnext\ttab\u0001\u001f\u007f", "\"line\\r\\nnext\\ttab\\u0001\\u001f\u007f\"")]
    [InlineData("Grüße aus Köln, 東京 😀", "\"Grüße aus Köln, 東京 😀\"")]
    public void String_Text_IsValidJsonWithTheSameValue(string text, string expected)
    {
        var written = Write(text);

        written.Should().Be(expected);
        JsonSerializer.Deserialize<string>(written).Should().Be(text);
    }

    [Fact]
    public void String_UnpairedSurrogate_BecomesReplacementCharacter()
    {
        Write("abcdefgh\ud800ijklmnop\udc00").Should().Be("\"abcdefgh\ufffdijklmnop\ufffd\"");
    }

    [Fact]
    public void Name_RepeatedAndCollidingNames_AreWrittenEachTimeAsThemselves()
    {
        var json = new JsonText();
        var buffer = new ByteBuffer(16);
        string[] names = ["ab", "ba", "ab", new string(['a', 'b']), "x\"y", "ab"];
        foreach (var name in names)
        {
            json.Name(buffer, name);
        }

        Encoding.UTF8.GetString(buffer.WrittenSpan).Should().Be("\"ab\":\"ba\":\"ab\":\"ab\":\"x\\\"y\":\"ab\":");
    }

    [Fact]
    public void Name_MoreNamesThanTheCachesHold_AreStillWrittenAsThemselves()
    {
        var json = new JsonText();
        var names = Enumerable.Range(0, 9000).Select(i => $"Field{i}").ToList();
        var buffer = new ByteBuffer(16);
        foreach (var name in names.Concat(names).Concat(names.AsEnumerable().Reverse()))
        {
            json.Name(buffer, name);
        }

        var expected = string.Concat(names.Concat(names).Concat(names.AsEnumerable().Reverse()).Select(n => $"\"{n}\":"));
        Encoding.UTF8.GetString(buffer.WrittenSpan).Should().Be(expected);
    }

    private static string Write(string text)
    {
        var buffer = new ByteBuffer(4);
        JsonText.String(buffer, text);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
