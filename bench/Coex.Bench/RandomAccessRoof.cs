using System.Diagnostics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Coex.Bench;

/// <summary>One random-row-gather roof: bytes of whole rows read per second from uniformly random rows of a large buffer.</summary>
public readonly record struct RandomAccessRoofResult(int RowBytes, long BufferBytes, int Threads, double GBPerSecond, double NsPerRow);

/// <summary>
/// The machine's random-access memory roof for embedding lookups: how fast plain code can read whole rows of
/// <c>rowBytes</c> at uniformly random positions of a buffer far larger than the last-level cache, with the next rows
/// prefetched, every thread reading its own stream. No arithmetic beyond an XOR per cache line, so it bounds what any
/// EmbeddingBag kernel can reach on rows of that size.
/// </summary>
/// <remarks>
/// Best of <see cref="Repeats"/> runs, as for <see cref="Roofline"/>. Rows are laid out back to back like a table's
/// (a row that crosses a cache-line boundary costs two lines, as it does in the table).
/// </remarks>
public static unsafe class RandomAccessRoof
{
    public const int Repeats = 3;
    /// <summary>Lookups ahead that the probe prefetches (the same default the kernel uses).</summary>
    public const int PrefetchDistance = 16;

    /// <summary>Measures rows of <paramref name="rowBytes"/> in a buffer of <paramref name="bufferBytes"/> on <paramref name="threads"/> threads.</summary>
    public static RandomAccessRoofResult Measure(int rowBytes, long bufferBytes = 2L << 30, int threads = 1, int rowsPerThread = 1 << 21)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        long rows = bufferBytes / rowBytes;
        if (rows < 2)
            throw new ArgumentOutOfRangeException(nameof(bufferBytes), bufferBytes, "The buffer must hold at least two rows.");
        byte* buffer = Coex.Kernels.Embedding.LargePages.Allocate(rows * rowBytes + 64); // same pages as the tables
        var ids = new long[threads][];
        try
        {
            // Touch every page so the timing sees memory, not page faults.
            for (long at = 0; at < rows * rowBytes; at += 4096)
                buffer[at] = (byte)at;
            var rng = new Random(1);
            for (int t = 0; t < threads; t++)
            {
                ids[t] = new long[rowsPerThread];
                for (int i = 0; i < rowsPerThread; i++)
                    ids[t][i] = rng.NextInt64(rows);
            }
            double best = double.MaxValue;
            nint baseAddress = (nint)buffer;
            for (int r = 0; r < Repeats; r++)
            {
                using var start = new Barrier(threads + 1);
                var workers = new Thread[threads];
                long[] sinks = new long[threads];
                for (int t = 0; t < threads; t++)
                {
                    int index = t;
                    workers[t] = new Thread(() =>
                    {
                        start.SignalAndWait();
                        sinks[index] = Gather((byte*)baseAddress, rowBytes, ids[index]);
                    });
                    workers[t].Start();
                }
                start.SignalAndWait();
                long t0 = Stopwatch.GetTimestamp();
                foreach (var w in workers) w.Join();
                best = Math.Min(best, Stopwatch.GetElapsedTime(t0).TotalSeconds);
                GC.KeepAlive(sinks);
            }
            double totalRows = (double)threads * rowsPerThread;
            return new RandomAccessRoofResult(rowBytes, rows * rowBytes, threads, totalRows * rowBytes / best / 1e9, best / totalRows * 1e9);
        }
        finally
        {
            Coex.Kernels.Embedding.LargePages.Free(buffer);
        }
    }

    private static long Gather(byte* buffer, int rowBytes, long[] ids)
    {
        var acc = Vector512<byte>.Zero;
        long scalar = 0;
        for (int i = 0; i < ids.Length; i++)
        {
            if (i + PrefetchDistance < ids.Length && Sse.IsSupported)
            {
                byte* ahead = buffer + ids[i + PrefetchDistance] * rowBytes;
                for (int at = 0; at < rowBytes; at += 64)
                    Sse.Prefetch0(ahead + at);
                Sse.Prefetch0(ahead + rowBytes - 1);
            }
            byte* row = buffer + ids[i] * rowBytes;
            int c = 0;
            for (; c + 64 <= rowBytes; c += 64)
                acc ^= Vector512.Load(row + c);
            for (; c < rowBytes; c++)
                scalar += row[c];
        }
        return scalar + (long)Vector512.Sum(acc.AsUInt64());
    }
}
