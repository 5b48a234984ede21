namespace SmbPolicyCompiler.Core.Reporting;

/// <summary>
/// A plain-text table for people at a terminal: columns padded to their widest cell, two spaces apart, the last
/// column unpadded. Cells are made safe by <see cref="SafeText"/> (control characters shown as escapes, long values cut).
/// </summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public int Count => rows.Count;

    /// <summary>The longest a cell may be before it is cut.</summary>
    public int MaxCellLength { get; init; } = SafeText.DefaultMaxLength;

    public void Add(params string[] cells) => rows.Add([.. cells.Select(c => SafeText.Clean(c, MaxCellLength))]);

    public void Write(TextWriter output, string indent = "")
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine(indent + Line(headers, widths));
        foreach (var row in rows)
        {
            output.WriteLine(indent + Line(row, widths));
        }
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
}
