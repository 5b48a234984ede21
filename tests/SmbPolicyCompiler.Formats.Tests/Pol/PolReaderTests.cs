using SmbPolicyCompiler.Formats.Pol;
using SmbPolicyCompiler.Formats.Tests.Support;

namespace SmbPolicyCompiler.Formats.Tests.Pol;

public class PolReaderTests
{
    [Fact]
    public void Read_EmptyEightByteFile_HasNoRecords()
    {
        PolReader.Read(Bytes.EmptyPol).Should().BeEmpty();
    }

    [Fact]
    public void Read_HandBuiltRecords_DecodesEveryField()
    {
        var bytes = Bytes.Pol(
            Bytes.Record(@"Software\Policies\X", "Enabled", 4, [1, 0, 0, 0]),
            Bytes.Record(@"Software\Policies\X", "", 0, []));

        var records = PolReader.Read(bytes);

        records.Should().Equal(
            new PolRecord(@"Software\Policies\X", "Enabled", RegistryValue.Dword(1)),
            new PolRecord(@"Software\Policies\X", "", RegistryValue.None()));
    }

    [Fact]
    public void Read_ExtraNulAfterValueName_IsTolerated()
    {
        byte[] record =
        [
            .. Bytes.Utf16("[K\0;V\0\0;"), .. Bytes.UInt32(4), .. Bytes.Utf16(";"), .. Bytes.UInt32(4),
            .. Bytes.Utf16(";"), 7, 0, 0, 0, .. Bytes.Utf16("]"),
        ];

        var records = PolReader.Read(Bytes.Pol(record));

        records.Should().ContainSingle().Which.Should().Be(new PolRecord("K", "V", RegistryValue.Dword(7)));
    }

    [Fact]
    public void Read_FileShorterThanHeader_ReportsBadHeaderAtOffsetZero()
    {
        var act = () => PolReader.Read([0x50, 0x52, 0x65], "short.pol");

        act.Should().Throw<PolFormatException>()
            .Where(e => e.Offset == 0 && e.Message.StartsWith("short.pol: byte offset 0", StringComparison.Ordinal) && e.Found.Contains("3 bytes", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WrongSignature_ReportsBadHeader()
    {
        var act = () => PolReader.Read("<?xml ver"u8.ToArray());

        act.Should().Throw<PolFormatException>()
            .Where(e => e.Offset == 0 && e.Expected.Contains("PReg", StringComparison.Ordinal) && e.Found.Contains("3C3F786D", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WrongVersion_ReportsOffsetFour()
    {
        byte[] bytes = [0x50, 0x52, 0x65, 0x67, 0x02, 0x00, 0x00, 0x00];

        var act = () => PolReader.Read(bytes);

        act.Should().Throw<PolFormatException>().Where(e => e.Offset == 4 && e.Found == "version 2");
    }

    [Fact]
    public void Read_MissingOpeningBracket_ReportsOffsetOfRecord()
    {
        byte[] bytes = [.. Bytes.EmptyPol, .. Bytes.Utf16("X")];

        var act = () => PolReader.Read(bytes);

        act.Should().Throw<PolFormatException>().Where(e => e.Offset == 8 && e.Expected.Contains("'['", StringComparison.Ordinal) && e.Found.Contains("'X'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(20)]
    [InlineData(27)]
    public void Read_TruncatedRecord_ReportsTruncation(int keep)
    {
        var record = Bytes.Record("Key", "Value", 4, [1, 0, 0, 0]);
        byte[] bytes = [.. Bytes.EmptyPol, .. record.AsSpan(0, keep)];

        var act = () => PolReader.Read(bytes, "cut.pol");

        act.Should().Throw<PolFormatException>()
            .Where(e => e.Found.Contains("end of the file", StringComparison.Ordinal) && e.Offset >= 8 && e.Offset <= bytes.Length);
    }

    [Fact]
    public void Read_EveryTruncationOfAValidFile_ThrowsFormatExceptionOnly()
    {
        var first = Bytes.Record(@"Software\A", "S", 1, Bytes.Utf16("text\0"));
        var full = Bytes.Pol(first, Bytes.Record(@"Software\A", "D", 4, [1, 0, 0, 0]));
        int[] recordBoundaries = [8, 8 + first.Length];

        for (var length = 0; length < full.Length; length++)
        {
            var bytes = full[..length];
            if (recordBoundaries.Contains(length))
            {
                PolReader.Read(bytes).Should().HaveCount(Array.IndexOf(recordBoundaries, length));
                continue;
            }

            var act = () => PolReader.Read(bytes);
            act.Should().Throw<PolFormatException>($"a file cut to {length} bytes is malformed");
        }
    }

    [Fact]
    public void Read_SizeOverrunningTheFile_ReportsSizeAndBytesLeft()
    {
        byte[] bytes =
        [
            .. Bytes.EmptyPol, .. Bytes.Utf16("[K\0;V\0;"), .. Bytes.UInt32(1), .. Bytes.Utf16(";"), .. Bytes.UInt32(0xFFFFFFF0),
            .. Bytes.Utf16(";"), 0x41, 0x00, .. Bytes.Utf16("]"),
        ];

        var act = () => PolReader.Read(bytes);

        act.Should().Throw<PolFormatException>()
            .Where(e => e.Expected.StartsWith("4294967280 bytes of data", StringComparison.Ordinal) && e.Found.Contains("only 4 bytes", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MissingClosingBracket_ReportsWhereItWasExpected()
    {
        var record = Bytes.Record("K", "V", 4, [1, 0, 0, 0]);
        record[^2] = (byte)')';
        var bytes = Bytes.Pol(record);

        var act = () => PolReader.Read(bytes);

        act.Should().Throw<PolFormatException>()
            .Where(e => e.Offset == bytes.Length - 2 && e.Expected.StartsWith("']' closing the record at byte offset 8", StringComparison.Ordinal) && e.Found.StartsWith("')'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MissingSemicolonAfterType_ReportsIt()
    {
        byte[] bytes = [.. Bytes.EmptyPol, .. Bytes.Utf16("[K\0;V\0;"), .. Bytes.UInt32(4), .. Bytes.Utf16(",")];

        var act = () => PolReader.Read(bytes);

        act.Should().Throw<PolFormatException>().Where(e => e.Expected.StartsWith("';' after the value type", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RandomGarbage_NeverThrowsAnythingButFormatErrors()
    {
        var random = new Random(20240601);
        var valid = Bytes.Pol(Bytes.Record(@"Software\A", "S", 1, Bytes.Utf16("text\0")));
        for (var i = 0; i < 2000; i++)
        {
            var bytes = (byte[])valid.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                bytes[random.Next(8, bytes.Length)] = (byte)random.Next(256);
            }

            try
            {
                PolReader.Read(bytes);
            }
            catch (PolFormatException)
            {
                // Expected for most mutations; any other exception type fails the test.
            }
        }
    }
}
