using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Drift.Sources;
using SmbPolicyCompiler.Drift.Sources.Wmi;
using SmbPolicyCompiler.Drift.Tests.Evaluation;

namespace SmbPolicyCompiler.Drift.Tests.Sources;

/// <summary>The WMI source's mapping from what CIM returns (CLR values in property bags) to observations; runs anywhere.</summary>
public class WmiObservationsTests
{
    private static WmiReading Reading(IReadOnlyDictionary<string, object?>? server, params WmiRegistryKey[] keys) =>
        new(server, null, keys.Length > 0 ? keys : RegistryKeys.All.Select(k => new WmiRegistryKey(k.Path, false, [])).ToList(), "26100");

    [Fact]
    public void From_CimPropertyBag_MapsBooleansNumbersTextAndArrays()
    {
        var server = new Dictionary<string, object?>
        {
            ["RequireSecuritySignature"] = true,
            ["SmbServerNameHardeningLevel"] = 1u,
            ["Smb2DialectMin"] = 768u,
            ["AsynchronousCredits"] = (ushort)512,
            ["EncryptionCiphers"] = "AES_128_GCM, AES_256_GCM",
            ["NullSessionPipes"] = new[] { "netlogon", "samr" },
            ["AnnounceComment"] = null,
        };

        var observation = WmiObservations.From("FS01", "wmi", Reading(server));

        var properties = observation.ServerConfiguration!;
        properties["requiresecuritysignature"].Should().Be(ObservedValue.Of(true), "names match ignoring case");
        properties["SmbServerNameHardeningLevel"].Number.Should().Be(1);
        properties["AsynchronousCredits"].Number.Should().Be(512);
        properties["EncryptionCiphers"].Should().Be(ObservedValue.OfText("AES_128_GCM, AES_256_GCM"));
        properties["NullSessionPipes"].Text.Should().Be("netlogon, samr");
        properties.Should().NotContainKey("AnnounceComment", "a null property says nothing");
        observation.ClientConfiguration.Should().BeNull();
        observation.OsBuild.Should().Be(26100);
    }

    [Fact]
    public void From_StdRegProvValues_MapsEachRegistryType()
    {
        const string Key = @"SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters";
        var values = new WmiRegistryKey(Key, true,
        [
            new("RequireSecuritySignature", WmiObservations.RegDword, 1u),
            new("Signed", WmiObservations.RegDword, -1),
            new("Big", WmiObservations.RegQword, 5ul),
            new("srvcomment", WmiObservations.RegSz, "Paris"),
            new("ServiceDll", WmiObservations.RegExpandSz, @"C:\Windows\system32\srvsvc.dll"),
            new("NullSessionPipes", WmiObservations.RegMultiSz, new[] { "a", "b" }),
            new("Guid", WmiObservations.RegBinary, new byte[] { 0x0a, 0xff }),
            new("Odd", 9, null),
        ]);

        var registry = WmiObservations.From("FS01", "wmi", Reading(null, values)).Registry!;

        ObservedValue? Find(string name) => registry.Find(new RegistryLocation(Key, name));
        Find("RequireSecuritySignature")!.Number.Should().Be(1);
        Find("Signed")!.Number.Should().Be(uint.MaxValue, "DWORDs are unsigned");
        Find("Big")!.Number.Should().Be(5);
        Find("srvcomment")!.Text.Should().Be("Paris");
        Find("NullSessionPipes")!.Text.Should().Be("a, b");
        Find("Guid")!.Text.Should().Be("0aff");
        Find("Odd")!.Text.Should().Be("REG type 9: no data");
    }

    [Fact]
    public void From_MissingKeys_AreCapturedSoAbsenceIsRead()
    {
        var observation = WmiObservations.From("FS01", "wmi", Reading(null));

        var verdict = SettingEvaluator.Evaluate(Desired.Of(Settings.RejectUnencryptedAccess, 1), observation)!;

        verdict.Status.Should().Be(DriftStatus.Compliant);
        verdict.Actual.Should().Be("absent (= 1)");
    }

    [Fact]
    public void From_CmdletValueOn26100_DecidesAnAbsentSigningValue()
    {
        var observation = WmiObservations.From("FS01", "wmi", Reading(new Dictionary<string, object?> { ["RequireSecuritySignature"] = true }));

        SettingEvaluator.Evaluate(Desired.Of(Settings.ServerRequireSecuritySignature, 1), observation)!.Status.Should().Be(DriftStatus.Compliant);
    }
}
