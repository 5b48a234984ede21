using SmbPolicyCompiler.Formats.Pol;

namespace SmbPolicyCompiler.Formats.Tests.Pol;

public class PolDirectivesTests
{
    [Fact]
    public void DeleteValue_UsesGpmcSpelling()
    {
        var record = PolDirectives.DeleteValue("K", "fAllowToGetHelp");

        record.ValueName.Should().Be("**del.fAllowToGetHelp");
        record.Value.Type.Should().Be(RegistryValueType.String);
        record.Value.Data.Should().Equal(0x20, 0, 0, 0);
        record.IsDirective.Should().BeTrue();
    }

    [Theory]
    [InlineData("**del.Name", true, "Name")]
    [InlineData("**Del.Name", true, "Name")]
    [InlineData("**delvals.", false, "")]
    [InlineData("Name", false, "")]
    public void TryGetDeletedValueName_RecognisesAnyCase(string valueName, bool expected, string name)
    {
        PolDirectives.TryGetDeletedValueName(valueName, out var deleted).Should().Be(expected);
        deleted.Should().Be(name);
    }

    [Theory]
    [InlineData("**delvals.", true)]
    [InlineData("**DelVals.", true)]
    [InlineData("**delvals", true)]
    [InlineData("**del.vals", false)]
    public void IsDeleteAllValues_RecognisesSpellings(string valueName, bool expected)
    {
        PolDirectives.IsDeleteAllValues(valueName).Should().Be(expected);
    }
}
