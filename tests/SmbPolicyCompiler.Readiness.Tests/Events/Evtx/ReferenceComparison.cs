using System.Globalization;
using System.Text.RegularExpressions;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx;

/// <summary>
/// Compares our records with a reference reader's, record by record (matched by EventRecordID, in file order), after
/// the normalisations documented in docs/readiness.md: what the readers legitimately format differently.
/// </summary>
internal static partial class ReferenceComparison
{
    public static List<string> Differences(IReadOnlyList<AuditEvent> ours, IReadOnlyList<ReferenceRecord> theirs, bool python)
    {
        var byId = ours.GroupBy(e => e.RecordId).ToDictionary(g => g.Key ?? -1, g => new Queue<AuditEvent>(g));
        var differences = new List<string>();
        foreach (var reference in theirs)
        {
            if (!byId.TryGetValue(reference.RecordId ?? -1, out var queue) || queue.Count == 0)
            {
                differences.Add($"record {reference.RecordId ?? -1}: we did not read it");
                continue;
            }

            Compare(queue.Dequeue(), reference, python, differences);
        }

        return differences;
    }

    private static void Compare(AuditEvent ours, ReferenceRecord theirs, bool python, List<string> differences)
    {
        void Check(string what, string? a, string? b)
        {
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                differences.Add($"record {theirs.RecordId}: {what} is '{a}', reference '{b}'");
            }
        }

        Check("event id", ours.EventId.ToString(CultureInfo.InvariantCulture), theirs.EventId?.Trim());
        Check("computer", ours.Computer, theirs.Computer);
        Check("channel", ours.Channel, theirs.Channel);
        Check("provider", ours.Provider, theirs.Provider);
        if (!SameTime(ours.TimeUtc, theirs.Time, python))
        {
            differences.Add($"record {theirs.RecordId}: time is {ours.TimeUtc:O}, reference '{theirs.Time}'");
        }

        var actual = ours.Fields.ToList();
        if (python)
        {
            ComparePython(actual, theirs, differences);
            return;
        }

        var expected = Named(theirs.Data);
        if (actual.Count != expected.Count)
        {
            differences.Add($"record {theirs.RecordId}: {actual.Count} fields [{string.Join(", ", actual.Select(p => p.Key))}], reference {expected.Count} [{string.Join(", ", expected.Select(p => p.Key))}]");
            return;
        }

        for (var i = 0; i < actual.Count; i++)
        {
            if (actual[i].Key != expected[i].Key || !SameValue(actual[i].Value, expected[i].Value, python))
            {
                differences.Add($"record {theirs.RecordId}: field {actual[i].Key}='{actual[i].Value}', reference {expected[i].Key}='{expected[i].Value}'");
            }
        }
    }

    /// <summary>
    /// python-evtx renders null optional substitutions as empty elements (Windows and libevtx leave them out), drops
    /// control characters, and misreads string arrays that hold empty strings (it reorders and repeats items: record
    /// 177 of system.evtx holds 4 empty strings then "14", "60", ...). So: named fields compared by name (an empty
    /// python value may be missing on our side), unnamed values compared as sets of their non-empty values.
    /// </summary>
    private static void ComparePython(List<KeyValuePair<string, string>> actual, ReferenceRecord theirs, List<string> differences)
    {
        var data = ExpandPythonArrays(theirs.Data).ToList();
        var named = Named(data.Where(d => d.Name is not null));
        var ours = actual.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in named)
        {
            var found = ours.TryGetValue(name, out var mine);
            if (found ? !SameValue(Printable(mine!), value, python: true) : value.Length > 0)
            {
                differences.Add($"record {theirs.RecordId}: field {name}='{mine}', reference '{value}'");
            }
        }

        var generated = actual.Where(p => !named.Any(n => string.Equals(n.Key, p.Key, StringComparison.OrdinalIgnoreCase))).ToList();
        foreach (var extra in generated.Where(p => !ParamName().IsMatch(p.Key)))
        {
            differences.Add($"record {theirs.RecordId}: field {extra.Key} is not in the reference");
        }

        var ourValues = generated.Select(p => Printable(p.Value)).Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);
        var theirValues = data.Where(d => d.Name is null).Select(d => d.Value).Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (!ourValues.SetEquals(theirValues) && !ourValues.All(v => theirValues.Any(t => SameValue(v, t, python: true))))
        {
            differences.Add($"record {theirs.RecordId}: unnamed values [{string.Join(" | ", ourValues)}], reference [{string.Join(" | ", theirValues)}]");
        }
    }

    private static bool IsHex(string value) => value.Length % 2 == 0 && value.All(char.IsAsciiHexDigitUpper);

    private static string Printable(string value) => new([.. value.Where(c => c >= ' ' || c is '\t' or '\n' or '\r')]);

    /// <summary>Two events of the same record read by two paths: System values exactly, field values up to the rendering differences.</summary>
    public static void CompareEvents(AuditEvent a, AuditEvent b, List<string> differences)
    {
        var system = (a.Computer, a.Channel, a.Provider, a.EventId, a.Version, a.Level, a.RecordId, a.TimeUtc, a.TimeLacksOffset);
        var other = (b.Computer, b.Channel, b.Provider, b.EventId, b.Version, b.Level, b.RecordId, b.TimeUtc, b.TimeLacksOffset);
        if (system != other)
        {
            differences.Add($"record {a.RecordId}: System values {system} differ from {other}");
        }

        var (x, y) = (a.Fields.ToList(), b.Fields.ToList());
        if (x.Count != y.Count || Enumerable.Range(0, x.Count).Any(i => x[i].Key != y[i].Key || !SameValue(x[i].Value, y[i].Value, python: false)))
        {
            differences.Add($"record {a.RecordId}: fields [{a.Fields}] differ from [{b.Fields}]");
        }
    }

    /// <summary>The naming of the XML path: named fields first (first occurrence wins, ignoring case), then unnamed ones as param1..N.</summary>
    private static List<KeyValuePair<string, string>> Named(IEnumerable<(string? Name, string Value)> data)
    {
        var named = new List<KeyValuePair<string, string>>();
        var unnamed = new List<string>();
        foreach (var (name, value) in data)
        {
            if (name is null)
            {
                unnamed.Add(value);
            }
            else if (!named.Any(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)))
            {
                named.Add(new(name, value));
            }
        }

        for (var i = 0; i < unnamed.Count; i++)
        {
            var name = "param" + (i + 1).ToString(CultureInfo.InvariantCulture);
            if (!named.Any(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)))
            {
                named.Add(new(name, unnamed[i]));
            }
        }

        return named;
    }

    /// <summary>python-evtx renders a string array as "&lt;string&gt;item&lt;/string&gt;" lines in one element; Windows repeats the element.</summary>
    private static IEnumerable<(string? Name, string Value)> ExpandPythonArrays(IEnumerable<(string? Name, string Value)> data)
    {
        foreach (var (name, value) in data)
        {
            var items = PythonArray().Matches(value);
            if (items.Count > 0 && items.Sum(m => m.Length) == value.Length)
            {
                foreach (Match item in items)
                {
                    yield return (name, item.Groups[1].Value);
                }
            }
            else
            {
                yield return (name, value);
            }
        }
    }

    private static bool SameValue(string ours, string theirs, bool python)
    {
        // The reference went through an XML parser, which turns CR LF and lone CR into LF.
        ours = ours.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (ours == theirs)
        {
            return true;
        }

        // libevtx renders a value that is only a line break as empty (Event Viewer shows it so); the bytes hold the
        // line break, which python-evtx and we keep.
        if (!python && theirs.Length == 0 && ours.Length > 0 && string.IsNullOrWhiteSpace(ours) && ours.Contains('\n', StringComparison.Ordinal))
        {
            return true;
        }

        // python-evtx renders binary values in base64, Windows and libevtx in hex.
        if (python && IsHex(ours) && Convert.TryFromBase64String(theirs, new byte[theirs.Length], out var length) &&
            Convert.ToHexString(Convert.FromBase64String(theirs)) == ours && length >= 0)
        {
            return true;
        }

        if (TryParseTime(ours, out var ourTime) && TryParseTime(theirs, out var theirTime))
        {
            return Math.Abs((ourTime - theirTime).Ticks) <= Tolerance(python);
        }

        if (ours.StartsWith("0x", StringComparison.Ordinal) && theirs.StartsWith("0x", StringComparison.Ordinal) &&
            ulong.TryParse(ours[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var a) &&
            ulong.TryParse(theirs[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
        {
            return a == b;
        }

        // python-evtx writes True/False and GUIDs in lowercase.
        return python && string.Equals(ours, theirs, StringComparison.OrdinalIgnoreCase) && (ours is "true" or "false" || ours.StartsWith('{'));
    }

    private static bool SameTime(DateTime? ours, string? theirs, bool python)
    {
        if (ours is null || theirs is null)
        {
            return ours is null && theirs is null;
        }

        return TryParseTime(theirs, out var reference) && Math.Abs((ours.Value - reference).Ticks) <= Tolerance(python);
    }

    /// <summary>
    /// evtxexport writes 9 fractional digits (the last two always 0), we write 7; python-evtx writes microseconds
    /// computed through a float, up to a few microseconds off.
    /// </summary>
    private static long Tolerance(bool python) => python ? 50 : 0;

    /// <summary>ISO 8601 UTC with any number of fractional digits, or python-evtx's "yyyy-MM-dd HH:mm:ss[.ffffff]".</summary>
    private static bool TryParseTime(string value, out DateTime time)
    {
        time = default;
        if (value.Length < 19 || value[4] != '-' || value[10] is not ('T' or ' '))
        {
            return false;
        }

        var text = value.Replace(' ', 'T').TrimEnd('Z');
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var fraction = dot < 0 ? string.Empty : text[(dot + 1)..];
        if (!DateTime.TryParseExact(dot < 0 ? text : text[..dot], "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var seconds) ||
            !fraction.All(char.IsAsciiDigit))
        {
            return false;
        }

        var ticks = fraction.Length == 0 ? 0 : long.Parse(fraction.PadRight(7, '0')[..7], CultureInfo.InvariantCulture);
        time = seconds.AddTicks(ticks);
        return true;
    }

    [GeneratedRegex(@"^param[0-9]+$")]
    private static partial Regex ParamName();

    [GeneratedRegex(@"<string>(.*?)</string>\n", RegexOptions.Singleline)]
    private static partial Regex PythonArray();
}
