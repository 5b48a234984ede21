using SmbPolicyCompiler.Formats.Input;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Lists the paths that gave no file (<see cref="InputFiles"/>) in a read report where they were given among the files,
/// so that the report names files and bad paths in the order of the command line.
/// </summary>
internal sealed class PathProblemListing(IReadOnlyList<InputPathProblem> problems, ReadReportBuilder report)
{
    private int _listed;

    /// <summary>Lists the paths given before file number <paramref name="files"/>; <see cref="int.MaxValue"/> lists the rest.</summary>
    public void Before(int files)
    {
        for (; _listed < problems.Count && problems[_listed].FilesBefore <= files; _listed++)
        {
            var problem = problems[_listed];
            report.Problem(new ReadProblem(ReadProblemKind.UnreadableFile, problem.Path, 0, problem.Reason + "."));
            report.AddFile(new FileReadSummary(problem.Path, null, false, 0, 0, 0, FileOutcome.Unreadable, problem.Reason));
        }
    }
}
