using System.Diagnostics;
using System.Globalization;

namespace SmbPolicyCompiler.Benchmarks.Events;

/// <summary>
/// The same files read by plain Python loops, in the same run, so that the figures have a yardstick whatever the
/// machine is doing: pyexpat and ElementTree.iterparse over the XML (counting &lt;Event&gt; elements), json.loads per
/// line over the NDJSON, the csv module over the CSV. Skipped (said so) when python3 is missing.
/// </summary>
internal static class PythonBaselines
{
    private const string Pyexpat = """
        import sys, time, xml.parsers.expat
        n = 0
        def start(name, attrs):
            global n
            if name == 'Event': n += 1
        p = xml.parsers.expat.ParserCreate()
        p.StartElementHandler = start
        p.Parse('<r>', False)
        t = time.perf_counter()
        with open(sys.argv[1], 'rb') as f:
            while True:
                b = f.read(1 << 20)
                if not b: break
                p.Parse(b, False)
        p.Parse('</r>', True)
        print(n, time.perf_counter() - t)
        """;

    private const string ElementTree = """
        import sys, time, io, xml.etree.ElementTree as ET
        class Rooted(io.RawIOBase):
            def __init__(self, f): self.parts = [b'<r>', None, b'</r>']; self.f = f
            def readable(self): return True
            def readinto(self, b):
                while self.parts:
                    chunk = self.f.read(len(b)) if self.parts[0] is None else self.parts[0]
                    if self.parts[0] is not None or not chunk: self.parts.pop(0)
                    if chunk: b[:len(chunk)] = chunk; return len(chunk)
                return 0
        n = 0
        t = time.perf_counter()
        with open(sys.argv[1], 'rb') as f:
            for _, e in ET.iterparse(io.BufferedReader(Rooted(f), 1 << 20)):
                if e.tag.endswith('Event'): n += 1; e.clear()
        print(n, time.perf_counter() - t)
        """;

    private const string JsonLoads = """
        import sys, time, json
        n = 0
        t = time.perf_counter()
        with open(sys.argv[1], 'rb') as f:
            for line in f:
                if line.strip(): json.loads(line); n += 1
        print(n, time.perf_counter() - t)
        """;

    private const string CsvModule = """
        import sys, time, csv
        n = 0
        t = time.perf_counter()
        with open(sys.argv[1], newline='', encoding='utf-8') as f:
            for row in csv.reader(f): n += 1
        print(n - 1, time.perf_counter() - t)
        """;

    public static IEnumerable<(string Label, string Script)> For(string file) => Path.GetExtension(file) switch
    {
        ".xml" => [("python pyexpat loop", Pyexpat), ("python ElementTree.iterparse", ElementTree)],
        ".ndjson" => [("python json.loads loop", JsonLoads)],
        ".csv" => [("python csv.reader loop", CsvModule)],
        _ => [],
    };

    /// <summary>One line of figures: MB, events, seconds, events/s, MB/s.</summary>
    public static string Run(string script, string file)
    {
        var start = new ProcessStartInfo("python3", ["-c", script, file]) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process? child;
        try
        {
            child = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "skipped: python3 is not installed";
        }

        using (child)
        {
            var output = child!.StandardOutput.ReadToEnd();
            var error = child.StandardError.ReadToEnd();
            child.WaitForExit();
            var parts = output.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (child.ExitCode != 0 || parts.Length != 2)
            {
                return $"failed ({child.ExitCode}): {error.Trim()}";
            }

            var events = long.Parse(parts[0], CultureInfo.InvariantCulture);
            var seconds = double.Parse(parts[1], CultureInfo.InvariantCulture);
            var megabytes = new FileInfo(file).Length / 1e6;
            return $"{megabytes,7:F0} {events,10:N0} {seconds,8:F2} {events / seconds,10:N0} {megabytes / seconds,8:F0}";
        }
    }
}
