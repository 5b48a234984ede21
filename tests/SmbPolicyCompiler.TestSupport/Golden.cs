using System.Text;
using Xunit.Sdk;

namespace SmbPolicyCompiler.TestSupport;

/// <summary>
/// Golden-file comparison. With SMBPOL_UPDATE_GOLDEN=1 the expected file is rewritten from the actual value;
/// otherwise a mismatch fails and says how to see the difference.
/// </summary>
public static class Golden
{
    public const string UpdateVariable = "SMBPOL_UPDATE_GOLDEN";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static void AssertText(string expectedPath, string actual)
    {
        AssertBytes(expectedPath, Encoding.UTF8.GetBytes(Normalize(actual)));
    }

    public static void AssertBytes(string expectedPath, byte[] actual)
    {
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllBytes(expectedPath, actual);
            return;
        }

        if (!File.Exists(expectedPath))
        {
            throw new XunitException($"Golden file {expectedPath} does not exist. Run the tests with {UpdateVariable}=1 to create it, then review it.");
        }

        var expected = File.ReadAllBytes(expectedPath);
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }

        var actualPath = expectedPath + ".actual";
        File.WriteAllBytes(actualPath, actual);
        throw new XunitException(
            $"{expectedPath} differs from the actual output (written to {actualPath}).{Environment.NewLine}" +
            $"See the change: git diff --no-index \"{expectedPath}\" \"{actualPath}\"{Environment.NewLine}" +
            $"Accept it: rerun with {UpdateVariable}=1 and review the diff.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}
