namespace SmbPolicyCompiler.Core.Reporting;

/// <summary>Names for people: joined with commas, cut after a maximum with a count of the rest.</summary>
public static class NameList
{
    public static string Collapse(IReadOnlyList<string> names, int max, Func<string, string>? escape = null)
    {
        escape ??= n => n;
        return names.Count <= max
            ? string.Join(", ", names.Select(escape))
            : string.Join(", ", names.Take(max).Select(escape)) + $", … and {names.Count - max} more";
    }
}
