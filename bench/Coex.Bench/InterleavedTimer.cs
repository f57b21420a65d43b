using System.Diagnostics;

namespace Coex.Bench;

/// <summary>How long and how often <see cref="InterleavedTimer"/> runs each contender.</summary>
/// <param name="WarmupCalls">Untimed calls per contender first (JIT tiering, page faults, ORT's first-run setup).</param>
/// <param name="MinSeconds">Timed seconds each contender accumulates at least (unless <paramref name="MaxCalls"/> comes first).</param>
/// <param name="MinCalls">Timed calls each contender makes at least, however slow.</param>
/// <param name="MaxCalls">Timed calls after which a contender stops, however fast.</param>
/// <param name="SliceSeconds">Length of one turn: a contender runs back to back this long before the next takes over.</param>
/// <param name="SettleSeconds">
/// Untimed pause between turns. Thread pools (ONNX Runtime's and .NET's) keep their workers spinning for a while after
/// a parallel call; without the pause those spinning threads steal cores from whichever contender runs next. Measured
/// here: with a 5 ms pause ORT's spinning workers still halved the 2-thread speed of the contender after ORT
/// (Coex f32 on 3136×64×576: 145 GOP/s at 5 ms, 188 at 50 ms, 1 thread 147).
/// </param>
/// <param name="WarmupSeconds">
/// Untimed seconds each contender also runs at least before timing: .NET promotes a hot method to fully optimized code
/// only after it has run for a while (~100 ms of steady calls), and a vector kernel timed before that is several times slower.
/// </param>
public sealed record TimingOptions(int WarmupCalls = 3, double MinSeconds = 0.3, int MinCalls = 5, int MaxCalls = 20_000,
    double SliceSeconds = 0.03, double SettleSeconds = 0.05, double WarmupSeconds = 0.5)
{
    /// <summary>The benchmark's defaults.</summary>
    public static TimingOptions Default { get; } = new();
}

/// <summary>Per-call wall time of one contender: the median, the best and the 99th percentile (nearest rank) of its timed calls.</summary>
public readonly record struct CallTime(double MedianSeconds, double BestSeconds, int Calls, double P99Seconds = 0);

/// <summary>
/// Times several pieces of work on the same machine state by taking turns: each contender runs for a short slice,
/// then the next, round after round, so drift (thermal, frequency, other load) lands on all of them alike.
/// </summary>
public static class InterleavedTimer
{
    /// <summary>Returns each contender's per-call time (median and best over its timed calls).</summary>
    public static CallTime[] Measure(IReadOnlyList<Action> contenders, TimingOptions? options = null)
    {
        options ??= TimingOptions.Default;
        int count = contenders.Count;
        foreach (var run in contenders)
        {
            long warmStart = Stopwatch.GetTimestamp();
            for (int i = 0; i < options.WarmupCalls || Stopwatch.GetElapsedTime(warmStart).TotalSeconds < options.WarmupSeconds; i++)
                run();
        }

        var samples = new List<double>[count];
        var total = new double[count];
        for (int c = 0; c < count; c++)
            samples[c] = [];
        long sliceTicks = (long)(options.SliceSeconds * Stopwatch.Frequency);
        bool pending = true;
        while (pending)
        {
            pending = false;
            for (int c = 0; c < count; c++)
            {
                if (Done(samples[c].Count, total[c], options))
                    continue;
                if (options.SettleSeconds > 0)
                    Thread.Sleep(TimeSpan.FromSeconds(options.SettleSeconds));
                long sliceStart = Stopwatch.GetTimestamp();
                do
                {
                    long t0 = Stopwatch.GetTimestamp();
                    contenders[c]();
                    double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
                    samples[c].Add(seconds);
                    total[c] += seconds;
                }
                while (Stopwatch.GetTimestamp() - sliceStart < sliceTicks && !Done(samples[c].Count, total[c], options));
                pending |= !Done(samples[c].Count, total[c], options);
            }
        }

        var result = new CallTime[count];
        for (int c = 0; c < count; c++)
        {
            var s = samples[c];
            s.Sort();
            double median = s.Count % 2 == 1 ? s[s.Count / 2] : 0.5 * (s[s.Count / 2 - 1] + s[s.Count / 2]);
            // Nearest-rank percentile: the smallest sample at or above 99 % of the calls.
            double p99 = s[Math.Clamp((int)Math.Ceiling(0.99 * s.Count) - 1, 0, s.Count - 1)];
            result[c] = new CallTime(median, s[0], s.Count, p99);
        }
        return result;
    }

    private static bool Done(int calls, double seconds, TimingOptions options) =>
        calls >= options.MaxCalls || (calls >= options.MinCalls && seconds >= options.MinSeconds);
}
