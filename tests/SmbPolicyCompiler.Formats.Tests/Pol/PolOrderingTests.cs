using SmbPolicyCompiler.Formats.Pol;

namespace SmbPolicyCompiler.Formats.Tests.Pol;

public class PolOrderingTests
{
    [Fact]
    public void Canonical_SortsKeysIgnoringCase_DelvalsFirst_ThenDirectives_ThenValues()
    {
        var canonical = PolOrdering.Canonical(
        [
            new PolRecord(@"software\B", "2", RegistryValue.String("b")),
            new PolRecord(@"Software\b", "1", RegistryValue.String("a")),
            PolDirectives.DeleteValue(@"SOFTWARE\B", "Old"),
            PolDirectives.DeleteAllValues(@"Software\B"),
            new PolRecord(@"Software\A", "Z", RegistryValue.Dword(1)),
            new PolRecord(@"Software\A", "a", RegistryValue.Dword(2)),
        ]);

        canonical.Select(r => $"{r.Key}|{r.ValueName}").Should().Equal(
            @"Software\A|a",
            @"Software\A|Z",
            @"Software\B|**delvals.",
            @"SOFTWARE\B|**del.Old",
            @"Software\b|1",
            @"software\B|2");
    }

    [Fact]
    public void Canonical_DoesNotDependOnInputOrder()
    {
        PolRecord[] records =
        [
            new(@"K\x", "b", RegistryValue.Dword(1)),
            new(@"K", "B", RegistryValue.Dword(2)),
            PolDirectives.DeleteAllValues(@"K\x"),
            new(@"K", "a", RegistryValue.Dword(3)),
            new(@"k\X", "A", RegistryValue.Dword(4)),
        ];

        var forward = PolOrdering.Canonical(records);
        var backward = PolOrdering.Canonical(records.Reverse());

        backward.Should().Equal(forward);
    }

    [Fact]
    public void Canonical_DuplicateValueIgnoringCase_IsAnError()
    {
        var act = () => PolOrdering.Canonical(
        [
            new PolRecord(@"Software\A", "Name", RegistryValue.Dword(1)),
            new PolRecord(@"SOFTWARE\a", "NAME", RegistryValue.Dword(2)),
        ]);

        act.Should().Throw<ArgumentException>().WithMessage("*set key*value*NAME*each value may be set once*");
    }
}
