using System.Diagnostics;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Benchmarks.Events;

/// <summary>
/// Maps the first lines of an NDJSON export in memory, by the line path and by the tokenising scope path in turn, round
/// after round in one process, so that both meet the same load (a busy host slows whole runs unevenly); prints the
/// fastest and the median round of each.
/// </summary>
public sealed class JsonMappingBenchmark : IBenchmark
{
    private const int Rounds = 9;

    public string Name => "json-map";

    public string Summary => "map NDJSON lines in memory by the line path and by the scope path, alternated: ns per line";

    public Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        if (arguments.Count == 0 || arguments[0] is "-h" or "--help")
        {
            error.WriteLine("usage: json-map <file.ndjson> [lines, default 200000]");
            return Task.FromResult(2);
        }

        var count = arguments.Count > 1 ? int.Parse(arguments[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000;
        var lines = File.ReadLines(arguments[0]).Take(count).Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
        var paths = new[] { ("line", true), ("scope", false) }
            .Select(p => (Name: p.Item1, Mapper: new JsonEventMapper(new ReadContext(EventReadOptions.Default, new StringPool(), "f")) { ByLine = p.Item2 }, Ns: new List<double>()))
            .ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var path in round % 2 == 0 ? paths : paths.Reverse())
            {
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < lines.Length; i++)
                {
                    path.Mapper.Map(lines[i], new EventLocation("f", i + 1, i + 1));
                }

                path.Ns.Add(clock.Elapsed.TotalNanoseconds / lines.Length);
            }
        }

        foreach (var (name, mapper, ns) in paths)
        {
            ns.Sort();
            output.WriteLine($"{name,-6} fastest {ns[0],7:F0} ns/line, median {ns[ns.Count / 2],7:F0} (line path took {mapper.MappedByLine:N0} of {lines.Length * Rounds:N0})");
        }

        return Task.FromResult(0);
    }
}
