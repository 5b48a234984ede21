using System.Text.RegularExpressions;

namespace SmbPolicyCompiler.Formats.Tests.Escaping;

public class FileNameSegmentTests
{
    [Theory]
    [InlineData("pilot")]
    [InlineData("Ring-1_audit.v2")]
    [InlineData("0")]
    public void SafeName_IsUnchanged(string name)
    {
        Escape.FileNameSegment(name).Should().Be(name);
    }

    [Theory]
    [InlineData("ring 1")]
    [InlineData("../../etc/passwd")]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j")]
    [InlineData("CON")]
    [InlineData("con.txt")]
    [InlineData("LPT1")]
    [InlineData("name.")]
    [InlineData(".hidden")]
    [InlineData("-rf")]
    [InlineData("é中文😀")]
    [InlineData("'; rm -rf / #")]
    [InlineData("$(Invoke-Evil)")]
    [InlineData("line\r\nbreak\0")]
    [InlineData("CON.x y")]
    public void UnsafeName_BecomesSafeAndDistinct(string name)
    {
        var segment = Escape.FileNameSegment(name);

        segment.Should().MatchRegex(@"^[A-Za-z0-9_][A-Za-z0-9._-]*\z");
        segment.Length.Should().BeLessThanOrEqualTo(64);
        segment.Should().NotEndWith(".");
        segment.Split('.')[0].Should().NotMatchRegex("^(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$");
        segment.Should().NotBe(name);
        Escape.FileNameSegment(name).Should().Be(segment, "the mapping is deterministic");
        Regex.IsMatch(segment, "-[0-9a-f]{8}$").Should().BeTrue();
    }

    [Fact]
    public void NamesThatLookAlike_StayDistinct()
    {
        string[] names = ["ring 1", "ring/1", "ring:1", "ring-1 ", "Ring 1"];

        names.Select(Escape.FileNameSegment).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void LongName_IsShortened()
    {
        var segment = Escape.FileNameSegment(new string('a', 100) + " b");

        segment.Length.Should().BeLessThanOrEqualTo(49);
    }

    [Fact]
    public void EmptyName_IsAnError()
    {
        var act = () => Escape.FileNameSegment("");

        act.Should().Throw<ArgumentException>();
    }
}
