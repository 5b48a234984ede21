using System.Text;

namespace SmbPolicyCompiler.Readiness.Events.Dump;

/// <summary>
/// Text from event logs can hold what an output cannot carry: unpaired UTF-16 surrogates (no format can), and for XML
/// also the C0 controls XML 1.0 forbids. Those characters become U+FFFD; everything else is written as it is.
/// </summary>
internal static class DumpText
{
    public static bool IsClean(ReadOnlySpan<char> text, bool xml)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || (xml && ForbiddenInXml(c)))
            {
                return IsCleanSlow(text, xml);
            }
        }

        return true;
    }

    public static string Clean(ReadOnlySpan<char> text, bool xml)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || (xml && ForbiddenInXml(c)))
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsCleanSlow(ReadOnlySpan<char> text, bool xml)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (xml && ForbiddenInXml(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ForbiddenInXml(char c) => c < ' ' ? c is not ('\t' or '\n' or '\r') : c is '\uFFFE' or '\uFFFF';
}
