namespace SmbPolicyCompiler.Formats.Input;

/// <summary>The files the given paths expand to, in reading order, and the paths that gave none.</summary>
public sealed record InputFileList(IReadOnlyList<InputFile> Files, IReadOnlyList<InputPathProblem> Problems);
