using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Formats.Tests.RegFiles;

/// <summary>The hand-written `reg export` fixtures (see Fixtures/README.md).</summary>
internal static class RegFixtures
{
    public const string ServerParameters = @"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters";

    public static string PathOf(string name) => RepoPaths.Tests("SmbPolicyCompiler.Formats.Tests", "RegFiles", "Fixtures", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));
}
