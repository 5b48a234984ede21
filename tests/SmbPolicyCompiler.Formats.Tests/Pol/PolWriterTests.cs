using SmbPolicyCompiler.Formats.Pol;
using SmbPolicyCompiler.Formats.Tests.Support;

namespace SmbPolicyCompiler.Formats.Tests.Pol;

public class PolWriterTests
{
    [Fact]
    public void Write_NoRecords_IsTheEightByteHeader()
    {
        PolWriter.Write([]).Should().Equal(Bytes.EmptyPol);
    }

    [Fact]
    public void Write_Dword_MatchesHandBuiltBytes()
    {
        var written = PolWriter.Write([new PolRecord(@"Software\Policies\X", "Enabled", RegistryValue.Dword(1))]);

        written.Should().Equal(Bytes.Pol(Bytes.Record(@"Software\Policies\X", "Enabled", 4, [1, 0, 0, 0])));
    }

    [Fact]
    public void Write_StringsAndMultiString_IncludeTheirTerminators()
    {
        var written = PolWriter.Write(
        [
            new PolRecord("K", "S", RegistryValue.String("ab")),
            new PolRecord("K", "E", RegistryValue.ExpandString("%x%")),
            new PolRecord("K", "M", RegistryValue.MultiString("a", "bc")),
            new PolRecord("K", "Empty", RegistryValue.String("")),
        ]);

        written.Should().Equal(Bytes.Pol(
            Bytes.Record("K", "S", 1, Bytes.Utf16("ab\0")),
            Bytes.Record("K", "E", 2, Bytes.Utf16("%x%\0")),
            Bytes.Record("K", "M", 7, Bytes.Utf16("a\0bc\0\0")),
            Bytes.Record("K", "Empty", 1, [0, 0])));
    }

    [Fact]
    public void Write_Directives_AreRegSzSpaceOfSizeFour()
    {
        var written = PolWriter.Write([PolDirectives.DeleteAllValues("K"), PolDirectives.DeleteValue("K", "Old")]);

        written.Should().Equal(Bytes.Pol(
            Bytes.Record("K", "**delvals.", 1, [0x20, 0, 0, 0]),
            Bytes.Record("K", "**del.Old", 1, [0x20, 0, 0, 0])));
    }

    [Fact]
    public void Write_KeepsTheGivenOrder()
    {
        PolRecord[] records =
        [
            new("Z", "b", RegistryValue.Dword(2)),
            new("A", "a", RegistryValue.Dword(1)),
            PolDirectives.DeleteAllValues("Z"),
        ];

        PolReader.Read(PolWriter.Write(records)).Should().Equal(records);
    }

    [Fact]
    public void Write_DataOfExactlyMaxSize_IsAccepted()
    {
        var record = new PolRecord("K", "Big", RegistryValue.Binary(new byte[PolWriter.MaxDataLength]));

        PolReader.Read(PolWriter.Write([record])).Should().Equal(record);
    }

    [Fact]
    public void Write_DataOverMaxSize_NamesKeyAndValue()
    {
        var record = new PolRecord(@"Software\Policies\Big", "Blob", RegistryValue.Binary(new byte[PolWriter.MaxDataLength + 1]));

        var act = () => PolWriter.Write([record]);

        act.Should().Throw<UnrepresentableValueException>()
            .Where(e => e.Target == "registry.pol" && e.Message.Contains(@"key 'Software\Policies\Big'", StringComparison.Ordinal)
                && e.Message.Contains("value 'Blob'", StringComparison.Ordinal) && e.Message.Contains("65536 bytes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ke\0y", "V")]
    [InlineData("Key", "V\0")]
    public void Write_NameThatWouldBreakTheRecord_IsRejected(string key, string valueName)
    {
        var act = () => PolWriter.Write([new PolRecord(key, valueName, RegistryValue.Dword(1))]);

        act.Should().Throw<UnrepresentableValueException>().Where(e => e.Message.Contains("record 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_KeyWithUnpairedSurrogate_IsRejected()
    {
        var key = "Key" + '\uD800';

        var act = () => PolWriter.Write([new PolRecord(key, "V", RegistryValue.Dword(1))]);

        act.Should().Throw<UnrepresentableValueException>().Where(e => e.Message.Contains("unpaired surrogate U+D800", StringComparison.Ordinal));
    }

    [Fact]
    public void WriteThenRead_NonAsciiAndSpecialCharacters_RoundTrip()
    {
        PolRecord[] records =
        [
            new(@"Software\Policies\Café\中文", "名前 ;[]", RegistryValue.String("é 中文 😀 ;]\"'")),
            new(@"Software\Policies\Café", @"\\server\share", RegistryValue.MultiString("a;b", "😀")),
            new(@"Software\Policies\Café", "Q", RegistryValue.QWord(ulong.MaxValue)),
            new(@"Software\Policies\Café", "Odd", RegistryValue.FromRaw((RegistryValueType)0x4242, [1, 2, 3])),
        ];

        PolReader.Read(PolWriter.Write(records)).Should().Equal(records);
    }
}
