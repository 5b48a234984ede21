namespace SmbPolicyCompiler.Formats.Input;

/// <summary>
/// A file to read: its path, how messages name it (its path below the folder given, with forward slashes, or its file
/// name when given as a file), and the subfolder it sits in below that folder (null when directly in it, or given as a file).
/// </summary>
public sealed record InputFile(string Path, string Display, string? Subfolder, bool GivenAsFile = false);
