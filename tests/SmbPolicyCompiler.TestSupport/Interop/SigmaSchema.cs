using Xunit.Sdk;

namespace SmbPolicyCompiler.TestSupport.Interop;

/// <summary>
/// Validates Sigma rules against the Sigma specification's JSON schemas (copied into tests/tools/sigma/schema with
/// their attribution) with python3-jsonschema (Draft 2020-12, formats checked), by tests/tools/sigma/validate-sigma.
/// </summary>
public static class SigmaSchema
{
    private const string Hint = "Install the validator: apt-get install -y python3-jsonschema python3-yaml";

    public static string ToolPath => RepoPaths.Tests("tools", "sigma", "validate-sigma");

    /// <summary>One line per rule that does not validate ("file: error"), empty when every rule validates.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<string> files)
    {
        var (exitCode, output, errors) = ExternalTool.Run("/usr/bin/python3", [ToolPath, .. files], Hint);
        if (exitCode is not (0 or 1))
        {
            throw new XunitException($"validate-sigma failed (exit {exitCode}). {Hint}{Environment.NewLine}{errors}{output}");
        }

        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
