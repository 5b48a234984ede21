using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Tests.Inventory;

public class CsvParserTests
{
    private static List<IReadOnlyList<string>> ReadAll(string text, char delimiter = ',')
    {
        var parser = new CsvParser(text, delimiter);
        var rows = new List<IReadOnlyList<string>>();
        while (parser.Read() is { } row)
        {
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public void Read_QuotedFieldsWithDelimitersQuotesAndLineBreaks_KeepsThemInTheField()
    {
        var rows = ReadAll("a,\"b,\"\"c\"\"\nd\",e\r\nf,g,h\n");

        rows.Should().HaveCount(2);
        rows[0].Should().Equal("a", "b,\"c\"\nd", "e");
        rows[1].Should().Equal("f", "g", "h");
    }

    [Fact]
    public void Read_RecordLine_CountsLineBreaksInsideQuotes()
    {
        var parser = new CsvParser("h\n\"x\ny\"\nz\n", ',');
        parser.Read();
        parser.Read();
        parser.Read().Should().Equal("z");

        parser.RecordLine.Should().Be(4);
    }

    [Fact]
    public void Read_UnterminatedQuote_EndsAtEndOfInput() => ReadAll("a,\"open").Single().Should().Equal("a", "open");

    [Fact]
    public void Read_EmptyFieldsAndTrailingDelimiter_AreEmptyStrings() => ReadAll("a,,b,\n").Single().Should().Equal("a", "", "b", "");

    [Theory]
    [InlineData("Name,DNSHostName", ',')]
    [InlineData("Name;DNSHostName;MemberOf", ';')]
    [InlineData("Name\tDNSHostName", '\t')]
    public void SniffDelimiter_PicksTheMostFrequent(string header, char expected) => CsvParser.SniffDelimiter(header).Should().Be(expected);
}
