namespace SmbPolicyCompiler.Formats.Input;

public enum InputPathProblemKind
{
    /// <summary>The path names no file or folder.</summary>
    Missing,

    /// <summary>A folder (the one given or one below it) cannot be listed; its files are not read.</summary>
    Unlistable,

    /// <summary>A folder holds no file of the kind asked for (hidden files aside).</summary>
    EmptyFolder,
}
