namespace SmbPolicyCompiler.Emit.Output;

/// <summary>The output folder cannot be (safely) replaced; nothing was changed on disk.</summary>
public sealed class OutputFolderException(string message, Exception? inner = null) : IOException(message, inner);
