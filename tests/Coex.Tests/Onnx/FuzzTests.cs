using System.Diagnostics;
using Coex.Graphs;
using Coex.Onnx;
using Xunit.Abstractions;

namespace Coex.Tests.Onnx;

/// <summary>
/// Mutates valid models (bit flips, byte overwrites, truncation, duplicated byte ranges) and checks every outcome
/// is either a model that loads, validates and round-trips, or an <see cref="OnnxFormatException"/>.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const int Iterations = 2000;
    private const int Seed = 20261126;

    /// <summary>Generous bound on one load (the models are a few kB); a hang or blow-up would exceed it by far.</summary>
    private static readonly TimeSpan PerIteration = TimeSpan.FromSeconds(5);

    /// <summary>Backend node tests with subgraphs, attributes of many kinds, and initializers.</summary>
    private static readonly string[] BackendSeeds = ["test_if", "test_loop11", "test_scan9_sum", "test_conv_with_strides_padding", "test_gemm_all_attributes", "test_constant"];

    private static List<(string Name, byte[] Bytes)> SeedModels()
    {
        var seeds = new List<(string, byte[])> { ("everything", OnnxExporter.ToBytes(SampleGraphs.Everything())) };
        foreach (var test in BackendSeeds)
            seeds.Add((test, File.ReadAllBytes(Path.Combine(OnnxTestData.NodeTestRoot, test, "model.onnx"))));
        return seeds;
    }

    [Fact]
    public void Mutated_models_load_validly_or_fail_with_OnnxFormatException()
    {
        var seeds = SeedModels();
        foreach (var (name, bytes) in seeds)
            GraphValidator.Validate(OnnxImporter.Load(bytes)); // every seed is valid to begin with

        var rng = new Random(Seed);
        int loaded = 0, refused = 0;
        var clock = new Stopwatch();
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            var (seedName, seed) = seeds[iteration % seeds.Count];
            var (mutated, mutation) = Mutate(seed, rng);
            string what = $"iteration {iteration} (seed model {seedName}, {mutation})";
            clock.Restart();
            try
            {
                var graph = OnnxImporter.Load(mutated);
                GraphValidator.Validate(graph);
                var again = OnnxImporter.Load(OnnxExporter.ToBytes(graph));
                string? difference = GraphComparer.FirstDifference(graph, again);
                Assert.True(difference is null, $"{what}: re-export changed the graph: {difference}");
                loaded++;
            }
            catch (OnnxFormatException)
            {
                refused++;
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"{what}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
            Assert.True(clock.Elapsed < PerIteration, $"{what} took {clock.Elapsed.TotalSeconds:F1} s.");
        }
        output.WriteLine($"{Iterations} mutants: {loaded} loaded and round-tripped, {refused} refused with OnnxFormatException.");
        // Both outcomes must actually occur, or the mutations are not exercising the importer.
        Assert.True(loaded > Iterations / 50 && refused > Iterations / 4, $"loaded {loaded}, refused {refused}");
    }

    private static (byte[] Bytes, string Mutation) Mutate(byte[] seed, Random rng)
    {
        var bytes = (byte[])seed.Clone();
        switch (rng.Next(5))
        {
            case 0:
            {
                int flips = rng.Next(1, 9);
                for (int i = 0; i < flips; i++)
                    bytes[rng.Next(bytes.Length)] ^= (byte)(1 << rng.Next(8));
                return (bytes, $"{flips} bit flips");
            }
            case 1:
            {
                int count = rng.Next(1, 5);
                for (int i = 0; i < count; i++)
                    bytes[rng.Next(bytes.Length)] = (byte)rng.Next(256);
                return (bytes, $"{count} bytes overwritten");
            }
            case 2:
            {
                int length = rng.Next(bytes.Length);
                return (bytes[..length], $"truncated to {length} of {bytes.Length} bytes");
            }
            case 3:
            {
                // Repeat a range right after itself: on field boundaries this duplicates fields.
                int start = rng.Next(bytes.Length);
                int length = rng.Next(1, Math.Min(256, bytes.Length - start) + 1);
                return ([.. bytes[..(start + length)], .. bytes[start..]], $"bytes [{start}, {start + length}) repeated in place");
            }
            default:
            {
                // Copy a range to somewhere else, as a confused writer would.
                int start = rng.Next(bytes.Length);
                int length = rng.Next(1, Math.Min(256, bytes.Length - start) + 1);
                int at = rng.Next(bytes.Length + 1);
                return ([.. bytes[..at], .. bytes.AsSpan(start, length), .. bytes[at..]], $"bytes [{start}, {start + length}) inserted at {at}");
            }
        }
    }
}
