using System.Text.RegularExpressions;
using NJsonSchema;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>Collect-SmbState.ps1 and schemas/collector.schema.json, which the drift checker reads.</summary>
public class CollectorTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(RepoPaths.Schemas, "collector.schema.json"))).GetAwaiter().GetResult());

    private static readonly Lazy<string> Script = new(() => EmitFixture.Compile("small").File("Collect-SmbState.ps1").Text());

    /// <summary>As PowerShell 7 writes it (ConvertTo-Json -Depth 5).</summary>
    private const string PowerShell7 = """
        {
          "schemaVersion": 1,
          "hostName": "FS01",
          "dnsName": "fs01.corp.example.com",
          "collectedAt": "2026-11-21T09:30:00Z",
          "os": { "caption": "Microsoft Windows Server 2022 Standard", "version": "10.0.20348", "build": 20348, "ubr": 2849 },
          "powerShell": "7.4.6",
          "smbServerConfiguration": {
            "AuditSmb1Access": true, "EnableSMB1Protocol": false, "NullSessionPipes": [], "RequireSecuritySignature": true,
            "SmbServerNameHardeningLevel": 1, "Smb2DialectMin": 768, "AnnounceComment": "", "ServerHidden": true, "EncryptionCiphers": "AES_128_GCM, AES_256_GCM"
          },
          "smbClientConfiguration": { "RequireSecuritySignature": false, "EnableInsecureGuestLogons": false, "DormantFileLimit": 1023 },
          "registry": {
            "serverParameters": [
              { "name": "AuditSmb1Access", "type": "DWord", "data": 1 },
              { "name": "NullSessionPipes", "type": "MultiString", "data": [ "netlogon" ] },
              { "name": "ServiceDll", "type": "ExpandString", "data": "%SystemRoot%\\system32\\srvsvc.dll" },
              { "name": "Guid", "type": "Binary", "data": "0a1bff" },
              { "name": "Big", "type": "QWord", "data": "18446744073709551615" },
              { "name": "Mask", "type": "DWord", "data": 4294967295 }
            ],
            "serverPolicies": [ { "name": "AuditClientDoesNotSupportSigning", "type": "DWord", "data": 1 } ],
            "clientParameters": [],
            "clientPolicies": null
          }
        }
        """;

    /// <summary>As Windows PowerShell 5.1 writes it: \u escapes, odd indentation, and the array wrapper if type data is present.</summary>
    private const string WindowsPowerShell51 = """
        {
            "schemaVersion":  1,
            "hostName":  "FS01",
            "dnsName":  "fs01.corp.example.com",
            "collectedAt":  "2026-11-21T09:30:00Z",
            "os":  { "caption":  "Microsoft Windows Server 2016 Standard", "version":  "10.0.14393", "build":  14393, "ubr":  null },
            "powerShell":  "5.1.14393.7254",
            "smbServerConfiguration":  { "NullSessionPipes":  { "value": [ "netlogon", "samr" ], "Count": 2 }, "AnnounceComment":  "\u003cnone\u003e \u0026 \u0027x\u0027" },
            "smbClientConfiguration":  null,
            "registry":  {
                "serverParameters":  { "value": [ { "name": "NullSessionPipes", "type": "MultiString", "data": { "value": [ "a" ], "Count": 1 } } ], "Count": 1 },
                "serverPolicies":  null,
                "clientParameters":  [ { "name": "", "type": "String", "data": "" } ],
                "clientPolicies":  null
            }
        }
        """;

    [Fact]
    public void Schema_AcceptsWhatPowerShell7Writes() => Schema.Value.Validate(PowerShell7).Should().BeEmpty();

    [Fact]
    public void Schema_AcceptsWhatWindowsPowerShell51Writes() => Schema.Value.Validate(WindowsPowerShell51).Should().BeEmpty();

    [Theory]
    [InlineData("\"data\": 4294967295", "\"data\": \"4294967295\"")]
    [InlineData("\"data\": 4294967295", "\"data\": 4294967296")]
    [InlineData("\"data\": \"0a1bff\"", "\"data\": \"0A1BFF\"")]
    [InlineData("\"data\": \"18446744073709551615\"", "\"data\": 5")]
    [InlineData("\"collectedAt\": \"2026-11-21T09:30:00Z\"", "\"collectedAt\": \"21/11/2026 09:30\"")]
    [InlineData("\"clientPolicies\": null", "\"clientPolicy\": null")]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2")]
    [InlineData("\"type\": \"DWord\", \"data\": 1 }", "\"type\": \"REG_DWORD\", \"data\": 1 }")]
    public void Schema_RejectsMalformedState(string good, string bad)
    {
        PowerShell7.Should().Contain(good);

        Schema.Value.Validate(PowerShell7.Replace(good, bad, StringComparison.Ordinal)).Should().NotBeEmpty();
    }

    [Fact]
    public void Script_ReadsTheFourKeysOfTheCatalogue()
    {
        string[] keys =
        [
            Settings.ServerRequireSecuritySignature.ServicesLocation.Key, Settings.ServerRequireSecuritySignature.PolicyLocation.Key,
            Settings.ClientRequireSecuritySignature.ServicesLocation.Key, Settings.ClientRequireSecuritySignature.PolicyLocation.Key,
        ];
        var literals = PowerShellLexer.Lex(Script.Value).Where(s => s.Kind == PsSegmentKind.SingleQuoted).Select(s => s.Text);

        literals.Should().Contain(keys);
        Schema.Value.Properties["registry"].ActualSchema.Properties.Keys.Should().BeEquivalentTo("serverParameters", "serverPolicies", "clientParameters", "clientPolicies");
        Schema.Value.Properties["registry"].ActualSchema.Properties.Keys.Should().OnlyContain(k => Script.Value.Contains($"    {k} = '", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_RequiresExactlyWhatTheScriptWrites()
    {
        var block = Regex.Match(Script.Value, @"\$state = \[ordered\]@\{\r\n(.*?)\r\n\}", RegexOptions.Singleline).Groups[1].Value;
        var written = Regex.Matches(block, @"^    (\w+) = ", RegexOptions.Multiline).Select(m => m.Groups[1].Value);

        written.Should().BeEquivalentTo(Schema.Value.RequiredProperties);
        Script.Value.Should().Contain("ConvertTo-Json -Depth 5").And.Contain("CimInstanceProperties").And.Contain("UTF8Encoding $false");
    }
}
