using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Coex.Kernels;

namespace Coex.Bench;

/// <summary>The compute or memory paths whose peak <see cref="Roofline"/> measures.</summary>
public enum RoofKind
{
    /// <summary>fp32 FMA on zmm (vfmadd231ps): 16 lanes × 2 flops per instruction.</summary>
    Fp32Avx512,
    /// <summary>fp32 FMA on ymm (vfmadd231ps): 8 lanes × 2 flops per instruction.</summary>
    Fp32Avx2,
    /// <summary>u8×s8 dot products on ymm with AVX-VNNI (vpdpbusd): 32 multiply-accumulates per instruction.</summary>
    Int8AvxVnni,
    /// <summary>s16×s16 pair sums on zmm (vpmaddwd) then a 32-bit add (vpaddd): 32 multiply-accumulates per pair.</summary>
    Int8Avx512BW,
    /// <summary>s16×s16 pair sums on ymm (vpmaddwd) then a 32-bit add (vpaddd): 16 multiply-accumulates per pair.</summary>
    Int8Avx2,
    /// <summary>Reading a 512 MiB array (far beyond every cache) and summing it.</summary>
    MemoryRead,
}

/// <summary>One measured peak: GOP/s (multiply and add counted as 2 ops) for compute, GB/s for memory.</summary>
public readonly record struct Roof(RoofKind Kind, int Threads, double Value)
{
    public bool IsMemory => Kind == RoofKind.MemoryRead;
    public string Unit => IsMemory ? "GB/s" : "GOP/s";
}

/// <summary>
/// Measures this machine's roofs: peak fp32 FMA rate per vector width, peak int8 multiply-accumulate rate per
/// int8 instruction path, and main-memory read bandwidth, each with 1..N threads running at once.
/// </summary>
/// <remarks>
/// Compute loops keep <see cref="Chains"/> independent accumulators so the FMA/vpdpbusd latency (4–5 cycles) is
/// hidden behind two issue ports; each thread runs the same fixed instruction count, and the rate is total work over
/// the wall time from a common start to the last thread's end. Every figure is the best of <see cref="Repeats"/> runs,
/// since a roof is what the machine can do, not what it usually does.
/// </remarks>
public static class Roofline
{
    /// <summary>Independent dependency chains in the compute loops: ≥ latency × ports (5 × 2) with margin.</summary>
    public const int Chains = 12;
    /// <summary>Runs per figure; the best is kept.</summary>
    public const int Repeats = 3;
    /// <summary>Bytes read by the bandwidth test: far past any last-level cache.</summary>
    public const long BandwidthBytes = 512L << 20;

    /// <summary>Target seconds per compute run.</summary>
    private const double RunSeconds = 0.15;

    /// <summary>True when <paramref name="kind"/> can run in this process.</summary>
    public static bool IsSupported(RoofKind kind) => kind switch
    {
        RoofKind.Fp32Avx512 or RoofKind.Int8Avx512BW => CpuFeatures.HasAvx512,
        RoofKind.Fp32Avx2 or RoofKind.Int8Avx2 => CpuFeatures.HasAvx2Fma,
        RoofKind.Int8AvxVnni => CpuFeatures.HasAvxVnni,
        _ => true,
    };

    /// <summary>Measures <paramref name="kind"/> with <paramref name="threads"/> threads running at once.</summary>
    /// <exception cref="PlatformNotSupportedException">The path cannot run in this process.</exception>
    public static Roof Measure(RoofKind kind, int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        if (!IsSupported(kind))
            throw new PlatformNotSupportedException($"{kind} cannot run in this process ({CpuFeatures.Describe()}).");
        if (kind == RoofKind.MemoryRead)
            return new Roof(kind, threads, MeasureBandwidth(threads));

        (Func<long, int> loop, double opsPerIteration) = kind switch
        {
            RoofKind.Fp32Avx512 => ((Func<long, int>)Fp32Avx512Loop, Chains * 16 * 2.0),
            RoofKind.Fp32Avx2 => (Fp32Avx2Loop, Chains * 8 * 2.0),
            RoofKind.Int8AvxVnni => (Int8AvxVnniLoop, Chains * 32 * 2.0),
            RoofKind.Int8Avx512BW => (Int8Avx512BWLoop, Chains * 32 * 2.0),
            _ => (Int8Avx2Loop, Chains * 16 * 2.0),
        };
        // Calibrate on one thread: how many iterations fill RunSeconds.
        long iterations = 1 << 16;
        while (true)
        {
            double s = Time(() => loop(iterations));
            if (s > 0.02)
            {
                iterations = Math.Max(1, (long)(iterations * RunSeconds / s));
                break;
            }
            iterations *= 4;
        }
        double best = 0;
        for (int r = 0; r < Repeats; r++)
        {
            double seconds = OnThreads(threads, _ => loop(iterations));
            best = Math.Max(best, threads * iterations * opsPerIteration / seconds / 1e9);
        }
        return new Roof(kind, threads, best);
    }

    /// <summary>Every supported roof for 1..<paramref name="maxThreads"/> threads.</summary>
    public static IReadOnlyList<Roof> MeasureAll(int maxThreads, Action<string>? progress = null)
    {
        var roofs = new List<Roof>();
        foreach (var kind in Enum.GetValues<RoofKind>())
        {
            if (!IsSupported(kind))
                continue;
            for (int t = 1; t <= maxThreads; t++)
            {
                progress?.Invoke($"{kind}, {t} thread(s)");
                roofs.Add(Measure(kind, t));
            }
        }
        return roofs;
    }

    private static double Time(Action body)
    {
        long t0 = Stopwatch.GetTimestamp();
        body();
        return Stopwatch.GetElapsedTime(t0).TotalSeconds;
    }

    /// <summary>Runs <paramref name="body"/>(thread index) on that many dedicated threads released together; returns wall seconds.</summary>
    private static double OnThreads(int threads, Action<int> body)
    {
        using var start = new Barrier(threads + 1);
        var workers = new Thread[threads];
        for (int t = 0; t < threads; t++)
        {
            int index = t;
            workers[t] = new Thread(() =>
            {
                start.SignalAndWait();
                body(index);
            }) { IsBackground = true };
            workers[t].Start();
        }
        start.SignalAndWait();
        long t0 = Stopwatch.GetTimestamp();
        foreach (var w in workers)
            w.Join();
        return Stopwatch.GetElapsedTime(t0).TotalSeconds;
    }

    // The loops return a value derived from every accumulator so the JIT cannot drop any chain.

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Fp32Avx512Loop(long iterations)
    {
        // x·a + y with x just below 1 converges to y/(1−x) = 1: values stay normal (no denormal slow path).
        var x = Vector512.Create(0.9999999f);
        var y = Vector512.Create(1e-7f);
        Vector512<float> a0 = Vector512<float>.One, a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0,
            a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
        for (long i = 0; i < iterations; i++)
        {
            a0 = Avx512F.FusedMultiplyAdd(a0, x, y); a1 = Avx512F.FusedMultiplyAdd(a1, x, y);
            a2 = Avx512F.FusedMultiplyAdd(a2, x, y); a3 = Avx512F.FusedMultiplyAdd(a3, x, y);
            a4 = Avx512F.FusedMultiplyAdd(a4, x, y); a5 = Avx512F.FusedMultiplyAdd(a5, x, y);
            a6 = Avx512F.FusedMultiplyAdd(a6, x, y); a7 = Avx512F.FusedMultiplyAdd(a7, x, y);
            a8 = Avx512F.FusedMultiplyAdd(a8, x, y); a9 = Avx512F.FusedMultiplyAdd(a9, x, y);
            a10 = Avx512F.FusedMultiplyAdd(a10, x, y); a11 = Avx512F.FusedMultiplyAdd(a11, x, y);
        }
        var s = a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11;
        return (int)Vector512.Sum(s);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Fp32Avx2Loop(long iterations)
    {
        var x = Vector256.Create(0.9999999f);
        var y = Vector256.Create(1e-7f);
        Vector256<float> a0 = Vector256<float>.One, a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0,
            a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
        for (long i = 0; i < iterations; i++)
        {
            a0 = Fma.MultiplyAdd(a0, x, y); a1 = Fma.MultiplyAdd(a1, x, y);
            a2 = Fma.MultiplyAdd(a2, x, y); a3 = Fma.MultiplyAdd(a3, x, y);
            a4 = Fma.MultiplyAdd(a4, x, y); a5 = Fma.MultiplyAdd(a5, x, y);
            a6 = Fma.MultiplyAdd(a6, x, y); a7 = Fma.MultiplyAdd(a7, x, y);
            a8 = Fma.MultiplyAdd(a8, x, y); a9 = Fma.MultiplyAdd(a9, x, y);
            a10 = Fma.MultiplyAdd(a10, x, y); a11 = Fma.MultiplyAdd(a11, x, y);
        }
        var s = a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11;
        return (int)Vector256.Sum(s);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Int8AvxVnniLoop(long iterations)
    {
        var u = Vector256.Create((byte)3);
        var s = Vector256.Create((sbyte)-2);
        Vector256<int> a0 = Vector256<int>.Zero, a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0,
            a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
        for (long i = 0; i < iterations; i++)
        {
            a0 = AvxVnni.MultiplyWideningAndAdd(a0, u, s); a1 = AvxVnni.MultiplyWideningAndAdd(a1, u, s);
            a2 = AvxVnni.MultiplyWideningAndAdd(a2, u, s); a3 = AvxVnni.MultiplyWideningAndAdd(a3, u, s);
            a4 = AvxVnni.MultiplyWideningAndAdd(a4, u, s); a5 = AvxVnni.MultiplyWideningAndAdd(a5, u, s);
            a6 = AvxVnni.MultiplyWideningAndAdd(a6, u, s); a7 = AvxVnni.MultiplyWideningAndAdd(a7, u, s);
            a8 = AvxVnni.MultiplyWideningAndAdd(a8, u, s); a9 = AvxVnni.MultiplyWideningAndAdd(a9, u, s);
            a10 = AvxVnni.MultiplyWideningAndAdd(a10, u, s); a11 = AvxVnni.MultiplyWideningAndAdd(a11, u, s);
        }
        return Vector256.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Int8Avx512BWLoop(long iterations)
    {
        // vpmaddwd reads the accumulator itself (as s16 pairs): the product depends on the loop-carried value,
        // so the JIT cannot hoist it out of the loop, and each chain still has one vpmaddwd + one vpaddd per step.
        var w = Vector512.Create((short)3);
        Vector512<int> a0 = Vector512.Create(1), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0,
            a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
        for (long i = 0; i < iterations; i++)
        {
            a0 = Avx512F.Add(a0, Avx512BW.MultiplyAddAdjacent(a0.AsInt16(), w));
            a1 = Avx512F.Add(a1, Avx512BW.MultiplyAddAdjacent(a1.AsInt16(), w));
            a2 = Avx512F.Add(a2, Avx512BW.MultiplyAddAdjacent(a2.AsInt16(), w));
            a3 = Avx512F.Add(a3, Avx512BW.MultiplyAddAdjacent(a3.AsInt16(), w));
            a4 = Avx512F.Add(a4, Avx512BW.MultiplyAddAdjacent(a4.AsInt16(), w));
            a5 = Avx512F.Add(a5, Avx512BW.MultiplyAddAdjacent(a5.AsInt16(), w));
            a6 = Avx512F.Add(a6, Avx512BW.MultiplyAddAdjacent(a6.AsInt16(), w));
            a7 = Avx512F.Add(a7, Avx512BW.MultiplyAddAdjacent(a7.AsInt16(), w));
            a8 = Avx512F.Add(a8, Avx512BW.MultiplyAddAdjacent(a8.AsInt16(), w));
            a9 = Avx512F.Add(a9, Avx512BW.MultiplyAddAdjacent(a9.AsInt16(), w));
            a10 = Avx512F.Add(a10, Avx512BW.MultiplyAddAdjacent(a10.AsInt16(), w));
            a11 = Avx512F.Add(a11, Avx512BW.MultiplyAddAdjacent(a11.AsInt16(), w));
        }
        return Vector512.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Int8Avx2Loop(long iterations)
    {
        var w = Vector256.Create((short)3);
        Vector256<int> a0 = Vector256.Create(1), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0,
            a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
        for (long i = 0; i < iterations; i++)
        {
            a0 = Avx2.Add(a0, Avx2.MultiplyAddAdjacent(a0.AsInt16(), w));
            a1 = Avx2.Add(a1, Avx2.MultiplyAddAdjacent(a1.AsInt16(), w));
            a2 = Avx2.Add(a2, Avx2.MultiplyAddAdjacent(a2.AsInt16(), w));
            a3 = Avx2.Add(a3, Avx2.MultiplyAddAdjacent(a3.AsInt16(), w));
            a4 = Avx2.Add(a4, Avx2.MultiplyAddAdjacent(a4.AsInt16(), w));
            a5 = Avx2.Add(a5, Avx2.MultiplyAddAdjacent(a5.AsInt16(), w));
            a6 = Avx2.Add(a6, Avx2.MultiplyAddAdjacent(a6.AsInt16(), w));
            a7 = Avx2.Add(a7, Avx2.MultiplyAddAdjacent(a7.AsInt16(), w));
            a8 = Avx2.Add(a8, Avx2.MultiplyAddAdjacent(a8.AsInt16(), w));
            a9 = Avx2.Add(a9, Avx2.MultiplyAddAdjacent(a9.AsInt16(), w));
            a10 = Avx2.Add(a10, Avx2.MultiplyAddAdjacent(a10.AsInt16(), w));
            a11 = Avx2.Add(a11, Avx2.MultiplyAddAdjacent(a11.AsInt16(), w));
        }
        return Vector256.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11);
    }

    /// <summary>GB/s of summing <see cref="BandwidthBytes"/> split evenly over the threads (best of <see cref="Repeats"/>).</summary>
    private static unsafe double MeasureBandwidth(int threads)
    {
        long count = BandwidthBytes / sizeof(long);
        var data = GC.AllocateUninitializedArray<long>(checked((int)count), pinned: true);
        // Touch every page first so the timing reads memory instead of faulting pages in.
        OnThreads(threads, t =>
        {
            (long lo, long hi) = Slice(count, threads, t);
            data.AsSpan((int)lo, (int)(hi - lo)).Fill(t + 1);
        });
        double best = 0;
        long sink = 0;
        fixed (long* p = data)
        {
            nint basePtr = (nint)p;
            for (int r = 0; r < Repeats; r++)
            {
                var partial = new long[threads];
                double seconds = OnThreads(threads, t =>
                {
                    (long lo, long hi) = Slice(count, threads, t);
                    partial[t] = Sum((long*)basePtr + lo, hi - lo);
                });
                sink += partial.Sum();
                best = Math.Max(best, BandwidthBytes / seconds / 1e9);
            }
        }
        GC.KeepAlive(sink);
        return best;
    }

    private static (long Lo, long Hi) Slice(long count, int parts, int index)
    {
        // Slices are whole 64-byte lines (8 longs) so no two threads share a cache line.
        long lines = count / 8;
        return (lines * index / parts * 8, index == parts - 1 ? count : lines * (index + 1) / parts * 8);
    }

    /// <summary>Σ p[0..n) with four independent vector accumulators (one load port never waits on an add).</summary>
    private static unsafe long Sum(long* p, long n)
    {
        long i = 0;
        long total = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512<long> s0 = default, s1 = default, s2 = default, s3 = default;
            for (; i + 32 <= n; i += 32)
            {
                s0 += Vector512.Load(p + i);
                s1 += Vector512.Load(p + i + 8);
                s2 += Vector512.Load(p + i + 16);
                s3 += Vector512.Load(p + i + 24);
            }
            total = Vector512.Sum(s0 + s1 + s2 + s3);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            Vector256<long> s0 = default, s1 = default, s2 = default, s3 = default;
            for (; i + 16 <= n; i += 16)
            {
                s0 += Vector256.Load(p + i);
                s1 += Vector256.Load(p + i + 4);
                s2 += Vector256.Load(p + i + 8);
                s3 += Vector256.Load(p + i + 12);
            }
            total = Vector256.Sum(s0 + s1 + s2 + s3);
        }
        for (; i < n; i++)
            total += p[i];
        return total;
    }
}

/// <summary>A Coex GEMM measurement set against the roofs that bound it.</summary>
/// <param name="ComputeRoofKind">The roof of the kernel's instruction path.</param>
/// <param name="ComputeRoofGops">That roof at the run's thread count.</param>
/// <param name="BandwidthRoofGops">
/// 2·M·N·K / (weight bytes / read bandwidth): the rate if streaming B once from memory were the only cost;
/// null for large M, where B is reused from cache across many rows and this bound is far away.
/// </param>
public sealed record RoofFraction(CoexGemmTiming Gemm, RoofKind ComputeRoofKind, double ComputeRoofGops, double? BandwidthRoofGops)
{
    /// <summary>Largest M for which the bandwidth roof is reported ("small M": B is streamed for few rows).</summary>
    public const int SmallM = 64;

    public double OfCompute => Gemm.Gops / ComputeRoofGops;
    public double? OfBandwidth => Gemm.Gops / BandwidthRoofGops;

    /// <summary>Places <paramref name="gemm"/> under the roofs in <paramref name="roofs"/> (measured at its thread count).</summary>
    public static RoofFraction For(CoexGemmTiming gemm, IReadOnlyList<Roof> roofs)
    {
        // Scalar paths are held to the narrowest vector roof: a scalar kernel far below it is the point of the figure.
        RoofKind kind = (gemm.IsInt8, gemm.Isa) switch
        {
            (false, Isa.Avx512) => RoofKind.Fp32Avx512,
            (false, _) => RoofKind.Fp32Avx2,
            (true, Isa.AvxVnni) => RoofKind.Int8AvxVnni,
            (true, Isa.Avx512) => RoofKind.Int8Avx512BW,
            (true, _) => RoofKind.Int8Avx2,
        };
        double compute = Find(roofs, kind, gemm.Threads);
        double? bandwidth = null;
        if (gemm.Shape.M <= SmallM)
            bandwidth = gemm.Shape.Ops / (gemm.WeightBytes / (Find(roofs, RoofKind.MemoryRead, gemm.Threads) * 1e9)) / 1e9;
        return new RoofFraction(gemm, kind, compute, bandwidth);
    }

    private static double Find(IReadOnlyList<Roof> roofs, RoofKind kind, int threads) =>
        roofs.FirstOrDefault(r => r.Kind == kind && r.Threads == threads) is { Value: > 0 } r
            ? r.Value
            : throw new ArgumentException($"No {kind} roof measured for {threads} thread(s).", nameof(roofs));
}
