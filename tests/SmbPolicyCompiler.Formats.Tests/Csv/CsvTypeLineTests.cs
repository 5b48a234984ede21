using SmbPolicyCompiler.Formats.Csv;

namespace SmbPolicyCompiler.Formats.Tests.Csv;

public sealed class CsvTypeLineTests
{
    [Theory]
    [InlineData("#TYPE Selected.System.Management.Automation.PSCustomObject\r\n\"Name\"\r\n", "\"Name\"\r\n", 1)]
    [InlineData("#type System.Object\n\"Name\"\n", "\"Name\"\n", 1)]
    [InlineData("#TYPE only", "", 1)]
    [InlineData("\"Name\",\"#TYPE\"\r\n", "\"Name\",\"#TYPE\"\r\n", 0)]
    [InlineData("Name\n#TYPE x\n", "Name\n#TYPE x\n", 0)]
    public void Skip_FirstLineStartingWithHash_IsNotPartOfTheTable(string text, string table, int skipped)
    {
        CsvTypeLine.Skip(text).Should().Be((table, skipped));
    }
}
