namespace SmbPolicyCompiler.Formats;

/// <summary>
/// A value cannot be written to a target format (or quoted for a target language) without changing its
/// meaning, e.g. a newline in a PowerShell literal or a record larger than registry.pol allows.
/// </summary>
public sealed class UnrepresentableValueException : ArgumentException
{
    public UnrepresentableValueException(string target, string problem)
        : base($"{target}: {problem}")
    {
        Target = target;
        Problem = problem;
    }

    /// <summary>The format or language that cannot carry the value, e.g. "registry.pol" or "PowerShell single-quoted literal".</summary>
    public string Target { get; }

    /// <summary>What is wrong and how to avoid it.</summary>
    public string Problem { get; }
}
