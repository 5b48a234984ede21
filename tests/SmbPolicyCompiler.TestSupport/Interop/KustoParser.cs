using System.Text.Json;
using Xunit.Sdk;

namespace SmbPolicyCompiler.TestSupport.Interop;

/// <summary>
/// Microsoft's Kusto parser (npm @kusto/language-service-next, pinned by tests/tools/kusto/package-lock.json and
/// installed there by .ci/run with npm ci) run under node by tests/tools/kusto/check-kql.js, with a GlobalState that
/// declares Sentinel's Event and WindowsEvent columns (tests/tools/kusto/sentinel-tables.json).
/// </summary>
public static class KustoParser
{
    private const string Hint = "Install node and the parser: apt-get install -y nodejs npm && (cd tests/tools/kusto && npm ci)";

    public static string ToolFolder => RepoPaths.Tests("tools", "kusto");

    /// <summary>Every diagnostic of every file ("file: code severity message at offset"), empty when all parse and bind.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Check(IEnumerable<string> files)
    {
        if (!Directory.Exists(Path.Combine(ToolFolder, "node_modules", "@kusto", "language-service-next")))
        {
            throw new XunitException($"The Kusto parser is not installed in {ToolFolder}. {Hint}");
        }

        var (exitCode, output, errors) = ExternalTool.Run("node", [Path.Combine(ToolFolder, "check-kql.js"), Path.Combine(ToolFolder, "sentinel-tables.json"), .. files], Hint, ToolFolder);
        if (exitCode != 0)
        {
            throw new XunitException($"check-kql.js failed (exit {exitCode}):{Environment.NewLine}{errors}{output}");
        }

        using var document = JsonDocument.Parse(output);
        return document.RootElement.EnumerateArray().ToDictionary(
            r => r.GetProperty("file").GetString()!,
            r => (IReadOnlyList<string>)[.. r.GetProperty("diagnostics").EnumerateArray().Select(d =>
                $"{d.GetProperty("code").GetString()} {d.GetProperty("severity").GetString()} {d.GetProperty("message").GetString()} at {d.GetProperty("start").GetInt32()}")]);
    }
}
