using System.Text;

namespace SmbPolicyCompiler.TestSupport;

/// <summary>
/// Fuzz cases from a fixed seed: a valid input with random bytes flipped, runs cut out, truncated, or with bytes that
/// matter to text formats inserted (quotes, delimiters, brackets, line breaks, NUL, byte-order marks). The same seed
/// always gives the same cases, so a failure names a case that can be replayed.
/// </summary>
public static class ByteMutations
{
    private static readonly byte[][] Insertions =
    [
        "\""u8.ToArray(), ","u8.ToArray(), ";"u8.ToArray(), "\t"u8.ToArray(), "\n"u8.ToArray(), "\r"u8.ToArray(), "\0"u8.ToArray(),
        "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), "<"u8.ToArray(), ">"u8.ToArray(), "&"u8.ToArray(),
        "\\"u8.ToArray(), "#TYPE x\n"u8.ToArray(), "<![CDATA["u8.ToArray(), "&#xD800;"u8.ToArray(), [0xEF, 0xBB, 0xBF], [0xFF, 0xFE],
        [0xC3], [0xFF], Encoding.UTF8.GetBytes(new string('9', 30)),
    ];

    /// <summary><paramref name="count"/> mutated copies of <paramref name="valid"/>, each with its case number.</summary>
    public static IEnumerable<(int Case, byte[] Bytes)> Of(byte[] valid, int count, int seed = 20261201)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var bytes = new List<byte>(valid);
            var edits = 1 + random.Next(4);
            for (var e = 0; e < edits && bytes.Count > 0; e++)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(5))
                {
                    case 0:
                        bytes[at] ^= (byte)(1 << random.Next(8));
                        break;
                    case 1:
                        bytes[at] = (byte)random.Next(256);
                        break;
                    case 2:
                        bytes.RemoveRange(at, Math.Min(1 + random.Next(16), bytes.Count - at));
                        break;
                    case 3:
                        bytes.InsertRange(at, Insertions[random.Next(Insertions.Length)]);
                        break;
                    default:
                        bytes.RemoveRange(at, bytes.Count - at);
                        break;
                }
            }

            yield return (i, [.. bytes]);
        }
    }
}
