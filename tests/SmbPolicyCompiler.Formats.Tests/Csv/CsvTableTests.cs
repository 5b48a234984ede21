using SmbPolicyCompiler.Formats.Csv;

namespace SmbPolicyCompiler.Formats.Tests.Csv;

public sealed class CsvTableTests
{
    private static (IReadOnlyList<string> Header, List<(long Line, string[] Fields)> Rows) ReadAll(string text)
    {
        using var table = CsvTable.Open(text)!;
        var rows = new List<(long, string[])>();
        while (table.Read())
        {
            rows.Add((table.Line, table.Fields()));
        }

        return (table.Header, rows);
    }

    [Fact]
    public void Read_QuotedFieldsWithDelimitersQuotesAndLineBreaks_KeepsThemInTheField()
    {
        var (header, rows) = ReadAll("h1,h2,h3\na,\"b,\"\"c\"\"\nd\",e\r\nf,g,h\n");

        header.Should().Equal("h1", "h2", "h3");
        rows.Select(r => r.Fields).Should().BeEquivalentTo(new[] { new[] { "a", "b,\"c\"\nd", "e" }, ["f", "g", "h"] }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Read_Line_IsWhereTheRecordStartsCountingBreaksInsideQuotesAndTheTypeLine()
    {
        var (_, rows) = ReadAll("#TYPE Selected.System.Object\r\n\"h\"\r\n\"x\r\ny\"\r\n\r\n\"z\"\r\n");

        rows.Select(r => (r.Line, r.Fields[0])).Should().Equal((3L, "x\r\ny"), (6L, "z"));
    }

    [Fact]
    public void Read_SpacesOutsideQuotes_AreNotPartOfTheFieldButSpacesInsideQuotesAre()
    {
        // Import-Csv's rule: " FS-01 , FS-02" is two names; a quoted value keeps its spaces.
        var (header, rows) = ReadAll(" Name , Owner ,Note\n FS-01 ,\" team a \",  \"x\"  \n");

        header.Should().Equal("Name", "Owner", "Note");
        rows.Single().Fields.Should().Equal("FS-01", " team a ", "x");
    }

    [Fact]
    public void Read_EmptyFieldsAndTrailingDelimiter_AreEmptyStrings() => ReadAll("a,b,c,d\na,,b,\n").Rows.Single().Fields.Should().Equal("a", "", "b", "");

    [Fact]
    public void Read_UnterminatedQuote_IsTheLastRowAndSaysSo()
    {
        using var table = CsvTable.Open("h1,h2\na,b\nc,\"open\nmore")!;

        table.Read().Should().BeTrue();
        table.EndsInsideQuotes.Should().BeFalse();
        table.Read().Should().BeTrue();
        table.EndsInsideQuotes.Should().BeTrue();
        table.Read().Should().BeFalse();
    }

    [Fact]
    public void Read_RecordLongerThanTheLimit_StopsWithTheLine()
    {
        using var table = CsvTable.Open("h1,h2\na,b\nc,\"" + new string('x', CsvTable.MaxRecordChars + 10))!;

        table.Read().Should().BeTrue();
        var read = () => table.Read();

        read.Should().Throw<CsvFormatException>().Which.Message.Should().Contain("line 3").And.Contain("quote left open");
    }

    [Theory]
    [InlineData("Name,DNSHostName", ',')]
    [InlineData("Name;DNSHostName;MemberOf", ';')]
    [InlineData("Name\tDNSHostName", '\t')]
    [InlineData("\"a,b\";\"c\";\"d\"", ';')]
    [InlineData("Name", ',')]
    public void Open_Delimiter_IsTheMostFrequentOutsideQuotes(string header, char expected) => CsvTable.Open(header)!.Delimiter.Should().Be(expected);

    [Theory]
    [InlineData("")]
    [InlineData("#TYPE System.Object")]
    [InlineData("#TYPE System.Object\r\n")]
    public void Open_NoHeader_IsNull(string text) => CsvTable.Open(text).Should().BeNull();
}
