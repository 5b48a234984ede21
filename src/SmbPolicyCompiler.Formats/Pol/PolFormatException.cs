using System.Globalization;

namespace SmbPolicyCompiler.Formats.Pol;

/// <summary>A registry.pol that breaks the PReg format, with the byte offset and what was expected there.</summary>
internal sealed class PolFormatException : InvalidFileFormatException
{
    public PolFormatException(string sourceName, long offset, string expected, string found)
        : base(sourceName, DescribeOffset(offset), $"expected {expected}, found {found}.")
    {
        Offset = offset;
        Expected = expected;
        Found = found;
    }

    public long Offset { get; }

    public string Expected { get; }

    public string Found { get; }

    internal static string DescribeOffset(long offset) =>
        string.Create(CultureInfo.InvariantCulture, $"byte offset {offset} (0x{offset:X})");
}
