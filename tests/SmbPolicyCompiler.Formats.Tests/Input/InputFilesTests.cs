using SmbPolicyCompiler.Formats.Input;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Formats.Tests.Input;

public sealed class InputFilesTests
{
    [Fact]
    public void Expand_Folder_TakesVisibleFilesBelowItInOrdinalOrderAndNamesTheirSubfolder()
    {
        using var temp = new TempFolder();
        temp.Write("b/FS-02/server.reg", "x");
        temp.Write("a.reg", "x");
        temp.Write("B.reg", "x");
        temp.Write("b/FS-01.reg", "x");
        temp.Write("notes.txt", "x");

        var found = InputFiles.Expand([temp.Path], f => f.EndsWith(".reg", StringComparison.Ordinal));

        found.Problems.Should().BeEmpty();
        found.Files.Select(f => (f.Display, f.Subfolder, f.GivenAsFile)).Should().Equal(
            ("B.reg", null, false), ("a.reg", null, false), ("b/FS-01.reg", "b", false), ("b/FS-02/server.reg", "FS-02", false));
        found.Files[0].Path.Should().Be(temp.Combine("B.reg"));
    }

    [Fact]
    public void Expand_HiddenFilesAndFolders_AreSkippedInFoldersButReadWhenNamed()
    {
        using var temp = new TempFolder();
        temp.Write(".git/config.json", "x");
        temp.Write("sub/.draft.json", "x");
        temp.Write(".hidden.json", "x");
        temp.Write("FS-01.json", "x");

        var walked = InputFiles.Expand([temp.Path]);
        var named = InputFiles.Expand([temp.Combine(".hidden.json")]);

        walked.Files.Select(f => f.Display).Should().Equal("FS-01.json");
        walked.Problems.Should().BeEmpty("a subfolder with only hidden files is not a problem; only a given folder that yields nothing is");
        named.Files.Single().GivenAsFile.Should().BeTrue();
    }

    [Fact]
    public void Expand_MissingPathAndEmptyFolder_AreProblemsPlacedAmongTheFilesInTheOrderGiven()
    {
        using var temp = new TempFolder();
        var one = temp.Write("one.xml", "x");
        Directory.CreateDirectory(temp.Combine("empty"));
        temp.Write("only-other/readme.md", "x");

        var found = InputFiles.Expand([one, temp.Combine("missing.xml"), temp.Combine("empty"), temp.Combine("only-other")], f => f.EndsWith(".xml", StringComparison.Ordinal), ".xml files");

        found.Files.Select(f => f.Path).Should().Equal(one);
        found.Problems.Should().Equal(
            new InputPathProblem(temp.Combine("missing.xml"), InputPathProblemKind.Missing, "no such file or folder", 1),
            new InputPathProblem(temp.Combine("empty"), InputPathProblemKind.EmptyFolder, "the folder contains no .xml files", 1),
            new InputPathProblem(temp.Combine("only-other"), InputPathProblemKind.EmptyFolder, "the folder contains no .xml files", 1));
        found.Problems[0].ToString().Should().Be(temp.Combine("missing.xml") + ": no such file or folder");
    }

    [Fact]
    public void Expand_SameFileTwice_IsReadOnceWhereFirstReached()
    {
        using var temp = new TempFolder();
        var file = temp.Write("logs/a.xml", "x");

        var found = InputFiles.Expand([file, temp.Combine("logs"), temp.Combine("logs", "..", "logs", "a.xml")]);

        found.Files.Should().ContainSingle().Which.GivenAsFile.Should().BeTrue();
        found.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Expand_LinkedFolderLoop_EndsAndReadsEachRealFolderOnce()
    {
        using var temp = new TempFolder();
        temp.Write("exports/a.xml", "x");
        temp.Write("elsewhere/b.xml", "x");
        Directory.CreateSymbolicLink(temp.Combine("exports", "loop"), temp.Combine("exports"));
        Directory.CreateSymbolicLink(temp.Combine("exports", "more"), temp.Combine("elsewhere"));

        var found = InputFiles.Expand([temp.Combine("exports")]);

        found.Files.Select(f => f.Display).Should().Equal("a.xml", "more/b.xml");
        found.Problems.Should().BeEmpty();
    }
}
