using System.Text;
using SmbPolicyCompiler.Drift.Sources.Snapshots;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Drift.Tests.Sources;

public class SnapshotJsonValuesTests
{
    private static List<string> Read(string json) =>
        SnapshotJsonValues.Read(Encoding.UTF8.GetBytes(json))
            .Select(i => i.Error ?? $"#{i.Number} line {i.Line}{(i.InArray ? " in array" : "")}: {i.Document!.RootElement.GetRawText()}")
            .ToList();

    [Fact]
    public void Read_TopLevelArray_GivesEachElementWithItsLine() =>
        Read("[\n{\"hostName\":\"A\"},\n{\"hostName\":\"B\"}\n]\n").Should().Equal(
            "#1 line 2 in array: {\"hostName\":\"A\"}", "#2 line 3 in array: {\"hostName\":\"B\"}");

    [Fact]
    public void Read_AppendedValues_GivesEachValue() =>
        Read("{\"hostName\":\"A\"}\r\n{\"hostName\":\"B\"}{\"hostName\":\"C\"}").Should().Equal(
            "#1 line 1: {\"hostName\":\"A\"}", "#2 line 2: {\"hostName\":\"B\"}", "#3 line 2: {\"hostName\":\"C\"}");

    [Theory]
    [InlineData("[{\"a\":1},\n{\"b\":", "line 2, column 6: the file ends in the middle of a value (truncated?)")]
    [InlineData("[{\"a\":1},\n{\"b\":1}\n", "line 3, column 1: the file ends in the middle of a value (truncated?)")]
    [InlineData("[{\"a\":1},]", "line 1, column 10: a ',' is followed by the closing bracket (a trailing comma)")]
    [InlineData("{\"a\":1}\n  nope }", "line 2, column 4: not valid JSON: 'nope }' is an invalid JSON literal. Expected the literal 'null'")]
    public void Read_SyntaxError_EndsTheFileAfterTheValuesBeforeIt(string json, string error)
    {
        var items = Read(json);

        items[0].Should().StartWith("#1 line 1");
        items[^1].Should().Be(error);
        items.Should().HaveCount(json.Contains("{\"b\":1}", StringComparison.Ordinal) ? 3 : 2);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t")]
    public void Read_NoJson_SaysSo(string json) => Read(json).Should().Equal("the file holds no JSON (it is empty or only whitespace)");

    [Fact]
    public void Read_NestingDeeperThanAnySnapshot_IsAnErrorNotAStackOverflow() =>
        Read(new string('[', 5000) + new string(']', 5000)).Single().Should().Contain("maximum configured depth of 64");

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-8-bom")]
    public void ReadUtf8_PowerShellEncodings_GiveUtf8(string encoding)
    {
        using var temp = new TempFolder();
        Encoding writer = encoding == "utf-16le" ? new UnicodeEncoding(false, true) : new UTF8Encoding(true);
        var path = temp.Write("FS01.json", [.. writer.GetPreamble(), .. writer.GetBytes("{\"hostName\":\"FS01\",\"owner\":\"Zoë\"}")]);

        Encoding.UTF8.GetString(SnapshotFileBytes.ReadUtf8(path)).Should().Be("{\"hostName\":\"FS01\",\"owner\":\"Zoë\"}");
    }

    [Fact]
    public void ReadUtf8_BytesThatAreNotUtf8_NameTheirPlace()
    {
        using var temp = new TempFolder();
        var path = temp.Write("FS01.json", [.. "{\n \""u8, 0xE9, .. "\":1}"u8]);

        var read = () => SnapshotFileBytes.ReadUtf8(path);

        read.Should().Throw<InvalidDataException>().WithMessage("line 2, column 3: the text is not valid UTF-8*");
    }
}
