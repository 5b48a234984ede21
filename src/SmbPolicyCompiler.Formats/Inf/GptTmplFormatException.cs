namespace SmbPolicyCompiler.Formats.Inf;

/// <summary>A GptTmpl.inf that cannot be read.</summary>
internal sealed class GptTmplFormatException(string sourceName, int line, string problem) : LineFormatException(sourceName, line, problem);
