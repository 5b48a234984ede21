using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>"The ring entered this stage on this date", as written in the ring's controls.</summary>
public sealed record StageEntry(string Stage, DateOnly Since, SourceLocation Location);
