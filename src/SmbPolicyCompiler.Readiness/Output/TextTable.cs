namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>A plain-text table: columns padded to their widest cell, two spaces apart; cells are cleaned of control characters.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public int Count => _rows.Count;

    public void Add(params string[] cells) => _rows.Add([.. cells.Select(c => SafeText.Clean(c))]);

    public void Write(TextWriter o, string indent = "")
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        o.WriteLine(indent + Line(headers, widths));
        foreach (var row in _rows)
        {
            o.WriteLine(indent + Line(row, widths));
        }
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
}
