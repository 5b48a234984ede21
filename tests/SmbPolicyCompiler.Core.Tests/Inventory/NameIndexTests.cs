using SmbPolicyCompiler.Core.Inventory;

namespace SmbPolicyCompiler.Core.Tests.Inventory;

public class NameIndexTests
{
    private static readonly string[] Names = ["fs01", "db-sql", "app1-sql", "fs01", "sql", "a-sql.corp", "fs02", "", "b-sql"];

    [Theory]
    [InlineData("fs", false)]
    [InlineData("", false)]
    [InlineData("-sql", true)]
    [InlineData("sql", true)]
    [InlineData("", true)]
    [InlineData("zz", true)]
    public void WithAffix_GivesWhatSortingTheNamesOrReversedNamesGives(string literal, bool fromEnd)
    {
        var computers = Names.Select((n, i) => new Computer($"C{i}", null, null, [], null, null, null, i)).ToList();
        var index = new NameIndex(Names.Select((n, i) => (n, computers[i])).ToList(), fromEnd);
        string Key(string name) => fromEnd ? new string(name.Reverse().ToArray()) : name;
        var expected = Names.Select((n, i) => (Name: n, Computer: computers[i]))
            .OrderBy(p => Key(p.Name), StringComparer.Ordinal)
            .Where(p => Key(p.Name).StartsWith(Key(literal), StringComparison.Ordinal))
            .Select(p => p.Computer.Name);

        index.WithAffix(literal).Select(p => p.Computer.Name).Should().Equal(expected);
    }
}
