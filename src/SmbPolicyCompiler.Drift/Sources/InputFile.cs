namespace SmbPolicyCompiler.Drift.Sources;

/// <summary>
/// An input file: its path, how reports name it (its path below the folder given, or its file name), and the
/// subfolder it sits in below that folder (null when directly in it, or given as a file).
/// </summary>
public sealed record InputFile(string Path, string Display, string? Subfolder);
