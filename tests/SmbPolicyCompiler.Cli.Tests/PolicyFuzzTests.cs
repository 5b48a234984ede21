using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using SmbPolicyCompiler.TestSupport;
using static SmbPolicyCompiler.Cli.Tests.CliRunner;

namespace SmbPolicyCompiler.Cli.Tests;

/// <summary>
/// The policy front end (decoding, YAML, schema, model, binding, rules) on mutated copies of the example policy, from a
/// fixed seed: every case ends in exit 0, 1 or 2 with located diagnostics on single lines — never an exception.
/// </summary>
public sealed partial class PolicyFuzzTests
{
    private const int TextCasesPerFile = 350;
    private const int ByteCasesPerFile = 150;

    private static readonly string[] Files = ["policy.yaml", "rings.yaml", "exceptions.yaml", "groups/servers.yaml", "groups/clients.yaml"];

    /// <summary>What people mistype in YAML, and what hostile input carries.</summary>
    private static readonly string[] Insertions =
    [
        ":", ": ", "- ", "[", "]", "{", "}", "\"", "'", "\t", "&a ", "*a ", "*", "!!binary ", "!x ", "!!int ", "|", ">",
        "%YAML 1.1\n", "@", "`", "#", "? ", "---\n", "...\n", "<<: *a\n", ",", "\u0001", "\u001b[2J", "\u0085", "\u2028",
        "\uFEFF", "\r", "\n  ", "\n- ", "x: [a\ny: 1\n", "{a: ", "[a, {b: ", "\"\\x", "\"\\u12", "~", "null", "2026-02-30",
        "99999999999999999999", "-1", "\ud800", "name: \"a\\nwarning\"", new string('x', 300),
    ];

    [Fact]
    public void Validate_MutatedPolicyText_ExitsCleanlyWithLocatedDiagnostics() =>
        Fuzz(TextCasesPerFile, (original, random) => Encoding.UTF8.GetBytes(MutateText(Encoding.UTF8.GetString(original), random)));

    [Fact]
    public void Validate_MutatedPolicyBytes_ExitsCleanlyWithLocatedDiagnostics()
    {
        var cases = new Dictionary<string, Queue<byte[]>>();
        Fuzz(ByteCasesPerFile, (original, _) =>
        {
            var key = Convert.ToBase64String(original);
            if (!cases.TryGetValue(key, out var queue))
            {
                cases[key] = queue = new Queue<byte[]>(ByteMutations.Of(original, ByteCasesPerFile).Select(c => c.Bytes));
            }

            return queue.Dequeue();
        });
    }

    private static void Fuzz(int casesPerFile, Func<byte[], Random, byte[]> mutate)
    {
        using var temp = new TempFolder("smbpol-fuzz");
        CopyFolder(Policies, temp.Path);
        var random = new Random(20261207);
        var slowest = TimeSpan.Zero;
        var outcomes = new int[3];
        foreach (var file in Files)
        {
            var path = Path.Combine(temp.Path, file);
            var original = File.ReadAllBytes(path);
            for (var i = 0; i < casesPerFile; i++)
            {
                var mutated = mutate(original, random);
                File.WriteAllBytes(path, mutated);
                var watch = Stopwatch.StartNew();
                Result result;
                try
                {
                    result = Run("validate", temp.Path, "--as-of", AsOf);
                }
                catch (Exception e)
                {
                    throw new Xunit.Sdk.XunitException($"{file} case {i} threw {e.GetType().Name}: {e.Message}\nInput (base64): {Convert.ToBase64String(mutated)}");
                }

                slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
                Check(result, temp.Path, $"{file} case {i} (base64 {Convert.ToBase64String(mutated)})");
                outcomes[result.ExitCode]++;
            }

            File.WriteAllBytes(path, original);
        }

        // Bounded time: a hang or a blow-up on some input shows here (generous: the machine may be busy).
        slowest.Should().BeLessThan(TimeSpan.FromSeconds(20));
        outcomes[1].Should().BeGreaterThan(Files.Length * casesPerFile / 4, "most mutations break the policy");
    }

    private static void Check(Result result, string root, string because)
    {
        result.ExitCode.Should().BeInRange(0, 2, because);
        var output = result.Out + result.Error;
        output.Should().NotMatchRegex(@"\b\w+Exception\b", because).And.NotContain("   at ", because);
        foreach (var c in output)
        {
            (c == '\n' || !char.IsControl(c)).Should().BeTrue($"output lines carry no control characters ({(int)c:X4}); {because}");
        }

        var diagnostics = result.Out.Split('\n').Where(l => DiagnosticLine().IsMatch(l)).ToList();
        if (result.ExitCode != 0)
        {
            diagnostics.Should().Contain(l => l.Contains(": error SMB"), because);
        }

        foreach (var line in diagnostics)
        {
            line.Should().StartWith(root, because);
            if (line.Contains(" SMB0006:") || line.Contains(" SMB0014:"))
            {
                line.Should().MatchRegex(@"^[^(]+\(\d+,\d+\): ", "syntax and schema errors name line and column; " + because);
            }
        }
    }

    private static string MutateText(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var edits = 1 + random.Next(3);
        for (var e = 0; e < edits; e++)
        {
            if (lines.Count == 0)
            {
                lines.Add("");
            }

            var at = random.Next(lines.Count);
            switch (random.Next(6))
            {
                case 0 or 1:
                    var line = lines[at];
                    var column = random.Next(line.Length + 1);
                    lines[at] = line[..column] + Insertions[random.Next(Insertions.Length)] + line[column..];
                    break;
                case 2:
                    lines.Insert(at, lines[random.Next(lines.Count)]);
                    break;
                case 3:
                    lines.RemoveAt(at);
                    break;
                case 4:
                    lines[at] = random.Next(2) == 0 ? " " + lines[at] : lines[at].TrimStart(' ');
                    break;
                default:
                    var joined = string.Join('\n', lines);
                    lines = [joined[..random.Next(joined.Length + 1)]];
                    break;
            }
        }

        return string.Join('\n', lines);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"^\S.*: (error|warning|info) SMB\d{4}: ")]
    private static partial Regex DiagnosticLine();
}
