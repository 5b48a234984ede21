using System.Text;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats.Tests.Text;

public sealed class DecodedTextFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"decoded-text-file-{Guid.NewGuid():N}.csv");

    public static TheoryData<string, byte[]> Files => new()
    {
        { "empty", [] },
        { "ascii", Encoding.UTF8.GetBytes("\"Name\"\n\"FS-01\"\n") },
        { "utf-8 with a mark", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("\"Name\"\n\"Zoë-01\"\n")] },
        { "utf-8, two marks", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, (byte)'N'] },
        { "multi-byte characters across chunks", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Zoë😀€,", 40))) },
        { "a sequence cut at the end", [(byte)'a', 0xF0, 0x9F] },
        { "windows-1252 without a mark", Encoding.Latin1.GetBytes("\"Name\"\n\"Zoë-01\"\n") },
        { "invalid utf-8 after a mark", [0xEF, 0xBB, 0xBF, (byte)'a', 0xFF] },
        { "utf-16le with a mark", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("\"Name\"\n")] },
        { "utf-16le, odd length", [(byte)'N', 0, (byte)'a'] },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Open_AnyFile_ReadsWhatDecodedTextDecodes(string name, byte[] bytes)
    {
        File.WriteAllBytes(_path, bytes);
        var expected = DecodedText.Decode(bytes, out var expectedProblem);

        foreach (var chunk in (int[])[7, 64 * 1024])
        {
            using var reader = DecodedTextFile.Open(_path, chunk, out var problem);

            (reader?.ReadToEnd()).Should().Be(expected?.Text, name);
            problem.Should().Be(expectedProblem, name);
        }
    }

    [Fact]
    public void Open_ValidUtf8_StreamsFromTheFile()
    {
        File.WriteAllText(_path, "\"Name\"\n\"FS-01\"\n", new UTF8Encoding(false));

        using var reader = DecodedTextFile.Open(_path, out _);

        reader.Should().BeOfType<StreamReader>();
    }

    public void Dispose() => File.Delete(_path);
}
