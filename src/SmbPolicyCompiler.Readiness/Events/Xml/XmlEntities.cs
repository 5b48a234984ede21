using System.Globalization;
using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>The five predefined XML entities and character references; anything else is an error (there is no DTD).</summary>
internal static class XmlEntities
{
    public static bool TryDecode(ReadOnlySpan<char> name, out int codePoint)
    {
        codePoint = name switch
        {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            _ => -1,
        };
        if (codePoint < 0 && name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] == 'x';
            var digits = hex ? name[2..] : name[1..];
            var style = hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
            if (digits.IsEmpty || !int.TryParse(digits, style, CultureInfo.InvariantCulture, out codePoint))
            {
                codePoint = -1;
            }
        }

        return codePoint is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
    }
}
