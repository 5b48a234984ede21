using System.Globalization;
using System.Text;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats.RegFiles;

/// <summary>
/// Writes a .reg file the way regedit exports one: UTF-16LE with BOM, CRLF, the
/// "Windows Registry Editor Version 5.00" header, a blank line after the header and after every key block.
/// REG_SZ is written quoted when that is lossless, else as hex(1); REG_DWORD as dword:; everything else as
/// hex:/hex(N): with regedit's line wrapping.
/// </summary>
public static class RegFileWriter
{
    public const string Header = "Windows Registry Editor Version 5.00";

    private const string Target = ".reg file";

    public static byte[] Write(RegFile file) => [0xFF, 0xFE, .. Utf16.Encode(WriteText(file), Target, "the file text")];

    /// <summary>The file's text (CRLF line ends, no BOM), e.g. for a diff.</summary>
    public static string WriteText(RegFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var text = new StringBuilder(Header).Append("\r\n\r\n");
        if (file.HeaderComments.Length > 0)
        {
            AppendComments(text, file.HeaderComments);
            text.Append("\r\n");
        }

        foreach (var key in file.Keys)
        {
            AppendKey(text, key);
        }

        return text.ToString();
    }

    private static void AppendKey(StringBuilder text, RegFileKey key)
    {
        var problem = RegKeyPath.Problem(key.Path);
        if (problem is not null)
        {
            throw new UnrepresentableValueException(Target, problem + ".");
        }

        if (key.IsDeletion && key.Values.Length > 0)
        {
            throw new UnrepresentableValueException(Target, $"key '{key.Path}' is deleted and also has values; write a separate block to recreate it.");
        }

        AppendComments(text, key.Comments);
        text.Append(key.IsDeletion ? "[-" : "[").Append(key.Path).Append("]\r\n");
        foreach (var value in key.Values)
        {
            var name = value.Name.Length == 0 ? "@" : QuoteName(value.Name, key.Path);
            text.Append(name).Append('=').Append(value.Value is null ? "-" : Data(value.Value, name.Length + 1)).Append("\r\n");
        }

        text.Append("\r\n");
    }

    private static void AppendComments(StringBuilder text, IEnumerable<string> comments)
    {
        foreach (var comment in comments)
        {
            text.Append("; ").Append(Escape.RegComment(comment)).Append("\r\n");
        }
    }

    private static string QuoteName(string name, string keyPath)
    {
        try
        {
            return Escape.RegQuotedString(name);
        }
        catch (UnrepresentableValueException error)
        {
            throw new UnrepresentableValueException(Target, $"value name '{name}' in key '{keyPath}': {error.Problem}");
        }
    }

    private static string Data(RegistryValue value, int column)
    {
        if (value.Type == RegistryValueType.String && QuotableString(value) is { } quoted)
        {
            return quoted;
        }

        if (value.Type == RegistryValueType.DWord && value.Data.Length == 4)
        {
            return "dword:" + value.AsDword().ToString("x8", CultureInfo.InvariantCulture);
        }

        var prefix = value.Type == RegistryValueType.Binary
            ? "hex:"
            : string.Create(CultureInfo.InvariantCulture, $"hex({(uint)value.Type:x}):");
        return prefix + RegHex.Format(value.Data.AsSpan(), column + prefix.Length);
    }

    /// <summary>The quoted form, if writing it and reading it back gives exactly the same bytes.</summary>
    private static string? QuotableString(RegistryValue value)
    {
        var text = value.AsString();
        if (!Escape.CanRegQuote(text))
        {
            return null;
        }

        var roundTrip = RegistryValue.String(text);
        return roundTrip.Equals(value) ? Escape.RegQuotedString(text) : null;
    }
}
