using System.Diagnostics;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Events.Evtx;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx;

/// <summary>
/// Random byte flips (anywhere, and aimed at chunk headers and record starts) and truncations of every corpus file,
/// from a fixed seed: the reader never throws, never hits an internal error, and finishes each file in bounded time.
/// </summary>
public sealed class EvtxFuzzTests
{
    private const int Seed = 20261207;
    private const int MutantsPerFile = 40;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Files => EvtxCorpus.All;

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Read_MutatedCorpusFile_NeverCrashesNorHangs(string name)
    {
        var original = File.ReadAllBytes(EvtxCorpus.PathOf(name));
        var random = new Random(Seed ^ name.Length ^ original.Length);
        for (var i = 0; i < MutantsPerFile; i++)
        {
            var (mutant, description) = Mutate(original, random, i);

            var read = Task.Run(() => EvtxReading.Read(mutant, name, threads: 1 + (i % 3)));
            var finished = await Task.WhenAny(read, Task.Delay(Bound));

            finished.Should().BeSameAs(read, $"{name} with {description} must be read within {Bound.TotalSeconds} s");
            (await read).Problems.Should().NotContain(p => p.Message.Contains("internal error"), $"{name} with {description}");
        }
    }

    [Fact]
    public void Read_RandomBytesAfterTheSignature_NeverCrashes()
    {
        var random = new Random(Seed);
        for (var i = 0; i < 20; i++)
        {
            var content = new byte[random.Next(8, 3 * 65536)];
            random.NextBytes(content);
            "ElfFile\0"u8.CopyTo(content);

            var stopwatch = Stopwatch.StartNew();
            var (_, problems) = EvtxReading.Read(content, "random.evtx");

            stopwatch.Elapsed.Should().BeLessThan(Bound);
            problems.Should().NotContain(p => p.Message.Contains("internal error"));
        }
    }

    private static (byte[] Mutant, string Description) Mutate(byte[] original, Random random, int round)
    {
        if (round % 5 == 4)
        {
            var length = random.Next(original.Length);
            return (original[..length], $"truncation to {length} bytes");
        }

        var mutant = (byte[])original.Clone();
        var flips = 1 + random.Next(64);
        var chunks = Math.Max(1, (original.Length - 4096) / 65536);
        for (var f = 0; f < flips; f++)
        {
            var position = (round % 5) switch
            {
                0 => 4096 + (random.Next(chunks) * 65536) + random.Next(512),
                1 => 4096 + (random.Next(chunks) * 65536) + 512 + random.Next(2048),
                _ => random.Next(original.Length),
            };
            position = Math.Min(position, original.Length - 1);
            mutant[position] ^= (byte)(1 + random.Next(255));
        }

        return (mutant, $"{flips} flipped bytes (round {round}, seed {Seed})");
    }
}
