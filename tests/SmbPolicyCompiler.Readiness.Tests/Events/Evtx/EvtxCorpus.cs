using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx;

/// <summary>The real .evtx files copied into the tests (see Corpus/SOURCES.md).</summary>
internal static class EvtxCorpus
{
    public static string Folder => RepoPaths.Tests("SmbPolicyCompiler.Readiness.Tests", "Events", "Evtx", "Corpus");

    public static IEnumerable<string> Names => Directory.EnumerateFiles(Folder, "*.evtx").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static TheoryData<string> All => [.. Names];

    public static string PathOf(string name) => Path.Combine(Folder, name);
}
