using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Emit.Layout;
using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Formats.Inf;
using SmbPolicyCompiler.Formats.Pol;
using SmbPolicyCompiler.Formats.RegFiles;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>Generated binary and INF files read back, through our own readers, as exactly the values the layout sets.</summary>
public class RoundTripTests
{
    private static readonly Lazy<EmitResult> Small = new(() => EmitFixture.Compile("small"));
    private static readonly Lazy<IReadOnlyList<RingLayout>> Layouts = new(() => EmitFixture.Layout("small"));

    private static IEnumerable<(RingLayout Ring, GpoLayout Gpo)> Gpos => Layouts.Value.SelectMany(r => r.Gpos.Select(g => (r, g)));

    [Fact]
    public void RegistryPol_ReadsBackAsTheGpoValues()
    {
        foreach (var (ring, gpo) in Gpos.Where(x => x.Gpo.Has(Carrier.RegistryPol)))
        {
            var bytes = Small.Value.File($"{ring.Folder}/gpo/{StableGuid.Braced(gpo.BackupId)}/DomainSysvol/GPO/Machine/registry.pol").Content;
            var records = PolReader.Read(bytes);
            records.Select(r => (r.Key, r.ValueName, r.Value)).Should().BeEquivalentTo(
                gpo.In(Carrier.RegistryPol).Select(a => (a.Location.Key, a.Location.ValueName, a.Value)), gpo.DisplayName);
            PolWriter.Write(records).Should().Equal(bytes, "the file is in canonical order and writes back byte for byte");
        }
    }

    [Fact]
    public void GptTmpl_ReadsBackAsTheGpoValues()
    {
        foreach (var (ring, gpo) in Gpos.Where(x => x.Gpo.Has(Carrier.SecurityTemplate)))
        {
            var bytes = Small.Value.File($"{ring.Folder}/gpo/{StableGuid.Braced(gpo.BackupId)}/DomainSysvol/GPO/Machine/microsoft/windows nt/SecEdit/GptTmpl.inf").Content;
            var file = GptTmplReader.Read(bytes);
            file.RegistryValues().Select(v => (v.Path, v.Value)).Should().BeEquivalentTo(
                gpo.In(Carrier.SecurityTemplate).Select(a => (@"MACHINE\" + a.Location.Key + @"\" + a.Location.ValueName, a.Value)), gpo.DisplayName);
            GptTmplWriter.Write(file).Should().Equal(bytes);
        }
    }

    [Fact]
    public void Compile_GpoValuesAreExactlyTheRingSideValues()
    {
        foreach (var side in Layouts.Value.SelectMany(r => r.Sides))
        {
            side.Gpo.Assignments.Should().Equal(side.Assignments);
            side.Assignments.Select(a => a.Location.ToString()).Should().OnlyHaveUniqueItems();
        }
    }

    [Fact]
    public void ApplyRegFile_SetsEveryValueWhereGroupPolicyWritesIt()
    {
        foreach (var ring in Layouts.Value)
        {
            foreach (var side in ring.Sides)
            {
                var file = RegFileReader.Read(Small.Value.File($"{ring.Folder}/registry/apply-{SideWords.Lower(side.Side)}.reg").Content);
                Values(file).Should().BeEquivalentTo(side.Assignments.Select(a => (a.Location.FullKey, a.Location.ValueName, (RegistryValue?)a.Value)));
            }
        }
    }

    [Fact]
    public void RollbackRegFile_DeletesWhatApplySetOrRestoresTheDeclaredValue()
    {
        var main = Layouts.Value.Single(r => r.Name == "main").Sides.Single();
        var file = RegFileReader.Read(Small.Value.File("main/registry/rollback-servers.reg").Content);
        Values(file).Should().BeEquivalentTo(main.Assignments.Select(a => (a.Location.FullKey, a.Location.ValueName, a.RollbackValue)));
        Values(file).Should().Contain((Settings.ServerRequireSecuritySignature.ServicesLocation.FullKey, "RequireSecuritySignature", RegistryValue.Dword(0)), "policy.rollback declares 0");
        Values(file).Should().Contain((@"HKEY_LOCAL_MACHINE\SOFTWARE\Contoso\Smb", "Note", RegistryValue.String("unmanaged")), "the additional setting declares rollbackData");
        Values(file).Should().Contain((Settings.AuditSmb1Access.ServicesLocation.FullKey, "AuditSmb1Access", null), "no declared value: delete");
    }

    [Fact]
    public void RegFiles_AreUtf16WithBomAndCrlf()
    {
        foreach (var file in Small.Value.Files.Where(f => f.RelativePath.EndsWith(".reg", StringComparison.Ordinal)))
        {
            file.Content.Take(2).Should().Equal(new byte[] { 0xFF, 0xFE }, file.RelativePath);
            var text = file.Text();
            text.Should().StartWith("Windows Registry Editor Version 5.00\r\n");
            text.Replace("\r\n", "", StringComparison.Ordinal).Should().NotContain("\n");
        }
    }

    private static IEnumerable<(string Key, string Name, RegistryValue? Value)> Values(RegFile file) =>
        file.Keys.SelectMany(k => k.Values.Select(v => (k.Path, v.Name, v.Value)));
}
