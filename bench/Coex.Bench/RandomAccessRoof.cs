using System.Diagnostics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Coex.Bench;

/// <summary>The random-access memory roof: independent 64-byte lines at uniformly random addresses of a buffer far larger than the last-level cache.</summary>
/// <param name="PrefetchDistance">The software-prefetch distance (lines ahead) that gave the best figure; 0 = none.</param>
public readonly record struct RandomAccessRoofResult(long BufferBytes, int Threads, double LinesPerSecond, int PrefetchDistance)
{
    public const int LineBytes = 64;
    public double GBPerSecond => LinesPerSecond * LineBytes / 1e9;
    public double NsPerLine => 1e9 / LinesPerSecond;
}

/// <summary>
/// How many random cache lines per second plain code can pull from DRAM: every thread sums one whole 64-byte line at
/// each of a list of random line addresses, four lines per step into four independent accumulators, prefetching a few
/// dozen lines ahead. No address depends on loaded data, so the only limit is how many misses the core keeps in flight
/// (line-fill buffers) and the memory's latency: an EmbeddingBag, which must also read every row it pools, cannot beat
/// it by more than its rows' cache-line sharing allows.
/// </summary>
/// <remarks>
/// The line addresses come from a precomputed array read sequentially (4 bytes per 64-byte line, the same cost the
/// kernel pays for its ids). Each prefetch distance in <see cref="Distances"/> is tried, best of <see cref="Repeats"/>,
/// and the best is the roof.
/// </remarks>
public static unsafe class RandomAccessRoof
{
    public const int Repeats = 3;
    /// <summary>Prefetch distances tried (0 = hardware only).</summary>
    public static IReadOnlyList<int> Distances { get; } = [0, 16, 32, 64];

    /// <summary>Default buffer: 2 GiB, several times any L3 of this machine class (~300 MiB here).</summary>
    public const long DefaultBufferBytes = 2L << 30;

    /// <summary>Measures <paramref name="threads"/> threads each reading <paramref name="linesPerThread"/> random lines of a <paramref name="bufferBytes"/> buffer.</summary>
    public static RandomAccessRoofResult Measure(int threads = 1, long bufferBytes = DefaultBufferBytes, int linesPerThread = 1 << 22)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(linesPerThread, 4);
        long lines = bufferBytes / RandomAccessRoofResult.LineBytes;
        if (lines < 2 || lines > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(bufferBytes), bufferBytes, "The buffer must hold between 2 and 2³¹ − 1 lines.");
        byte* buffer = Coex.Kernels.Embedding.LargePages.Allocate(lines * RandomAccessRoofResult.LineBytes); // the tables' kind of pages
        try
        {
            // Touch every page so the timing sees memory, not page faults.
            for (long at = 0; at < lines * RandomAccessRoofResult.LineBytes; at += 4096)
                buffer[at] = (byte)at;
            var rng = new Random(1);
            var ids = new int[threads][];
            for (int t = 0; t < threads; t++)
            {
                ids[t] = new int[linesPerThread];
                for (int i = 0; i < linesPerThread; i++)
                    ids[t][i] = (int)rng.NextInt64(lines);
            }
            double bestSeconds = double.MaxValue;
            int bestDistance = 0;
            nint baseAddress = (nint)buffer;
            foreach (int distance in Distances)
                for (int r = 0; r < Repeats; r++)
                {
                    using var start = new Barrier(threads + 1);
                    var workers = new Thread[threads];
                    var sinks = new long[threads];
                    for (int t = 0; t < threads; t++)
                    {
                        int index = t;
                        workers[t] = new Thread(() =>
                        {
                            start.SignalAndWait();
                            sinks[index] = SumLines((byte*)baseAddress, ids[index], distance);
                        });
                        workers[t].Start();
                    }
                    start.SignalAndWait();
                    long t0 = Stopwatch.GetTimestamp();
                    foreach (var w in workers) w.Join();
                    double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
                    if (seconds < bestSeconds)
                        (bestSeconds, bestDistance) = (seconds, distance);
                    GC.KeepAlive(sinks);
                }
            return new RandomAccessRoofResult(lines * RandomAccessRoofResult.LineBytes, threads, (double)threads * linesPerThread / bestSeconds, bestDistance);
        }
        finally
        {
            Coex.Kernels.Embedding.LargePages.Free(buffer);
        }
    }

    /// <summary>
    /// Sums the 64-byte lines <paramref name="lines"/> (line numbers) of <paramref name="buffer"/>, four independent
    /// loads per step, prefetching <paramref name="distance"/> lines ahead (0: none). Returns a checksum so the loads stay.
    /// </summary>
    private static long SumLines(byte* buffer, ReadOnlySpan<int> lines, int distance)
    {
        Vector512<long> a0 = default, a1 = default, a2 = default, a3 = default;
        int n = lines.Length, i = 0;
        fixed (int* id = lines)
        {
            bool prefetch = distance > 0 && Sse.IsSupported;
            for (; i + 4 <= n; i += 4)
            {
                if (prefetch && i + distance + 4 <= n)
                {
                    Sse.Prefetch0(buffer + ((long)id[i + distance] << 6));
                    Sse.Prefetch0(buffer + ((long)id[i + distance + 1] << 6));
                    Sse.Prefetch0(buffer + ((long)id[i + distance + 2] << 6));
                    Sse.Prefetch0(buffer + ((long)id[i + distance + 3] << 6));
                }
                a0 += Vector512.Load((long*)(buffer + ((long)id[i] << 6)));
                a1 += Vector512.Load((long*)(buffer + ((long)id[i + 1] << 6)));
                a2 += Vector512.Load((long*)(buffer + ((long)id[i + 2] << 6)));
                a3 += Vector512.Load((long*)(buffer + ((long)id[i + 3] << 6)));
            }
            for (; i < n; i++)
                a0 += Vector512.Load((long*)(buffer + ((long)id[i] << 6)));
        }
        return Vector512.Sum(a0 + a1 + a2 + a3);
    }
}
