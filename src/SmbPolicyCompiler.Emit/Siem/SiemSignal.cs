using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Emit.Siem;

/// <summary>An enforcement signal and the rings where it means breakage now (the rings whose stage of the control it belongs to is current).</summary>
internal sealed record SiemSignal(string Control, string Stage, EnforcementSignal Signal, IReadOnlyList<string> Rings);
