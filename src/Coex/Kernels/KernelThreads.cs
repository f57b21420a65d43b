using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Coex.Kernels;

/// <summary>
/// Runs independent kernel tasks on a persistent team of worker threads plus the calling thread.
/// </summary>
/// <remarks>
/// Inference calls are often a few microseconds long (batch-1 GEMV), where waking thread-pool workers
/// costs as much as the work. Team workers spin briefly after each job, so back-to-back kernel calls find
/// them awake, then sleep on an event. Tasks are claimed one at a time from a shared counter and the caller
/// waits only for tasks that were claimed, never for a worker to show up: on a loaded machine a worker the
/// OS has not scheduled simply gets no work, and the caller runs everything itself. One job runs at a time:
/// a call made while the team is busy (another thread's kernel, or a kernel called from inside a task) runs
/// its tasks on the calling thread alone.
/// </remarks>
public static class KernelThreads
{
    /// <summary>Thread count used when a caller passes 0: every logical core.</summary>
    public static int Default => Environment.ProcessorCount;

    /// <summary>Largest thread count accepted; more is a mistake, not a wish.</summary>
    public const int Max = 256;

    // 1 while a job owns the team. Not a Monitor: Monitor is reentrant, and a kernel nested in a task on the
    // calling thread must not take over the job that is running it.
    private static int s_busy;
    private static readonly List<Worker> s_workers = [];
    private static Job? s_job;
    private static int s_generation;

    /// <summary>Resolves a requested thread count: 0 means <see cref="Default"/>; negative or above <see cref="Max"/> is an error.</summary>
    public static int Resolve(int threads)
    {
        if (threads < 0 || threads > Max)
            throw new ArgumentOutOfRangeException(nameof(threads), threads, $"Thread count must be in [0, {Max}] (0 = all {Default} cores).");
        return threads == 0 ? Default : threads;
    }

    /// <summary>Calls <paramref name="body"/> once for every task index in [0, count), on at most <paramref name="threads"/> threads.</summary>
    /// <remarks>The first exception a task throws is rethrown here; tasks not yet started are skipped.</remarks>
    public static void For(int count, int threads, Action<int> body)
    {
        threads = Math.Min(Resolve(threads), count);
        if (threads <= 1 || Interlocked.CompareExchange(ref s_busy, 1, 0) != 0)
        {
            for (int i = 0; i < count; i++)
                body(i);
            return;
        }
        try
        {
            while (s_workers.Count < threads - 1)
                s_workers.Add(new Worker());
            var job = new Job(body, count, helpers: threads - 1);
            Volatile.Write(ref s_job, job);
            Interlocked.Increment(ref s_generation);
            foreach (var worker in s_workers)
                worker.Wake();
            job.Drain();
            // Only tasks already claimed by a worker can still be running; they are short. Yield, never Sleep(1): the
            // default SpinWait sleeps a whole millisecond after a few rounds, longer than most kernels take.
            var spin = new SpinWait();
            while (Volatile.Read(ref job.Completed) != count)
                spin.SpinOnce(sleep1Threshold: -1);
            if (job.Error is { } error)
                ExceptionDispatchInfo.Throw(error);
        }
        finally
        {
            Volatile.Write(ref s_busy, 0);
        }
    }

    /// <summary>One call's tasks. Workers that arrive late find every task claimed and leave.</summary>
    private sealed class Job(Action<int> body, int count, int helpers)
    {
        private int _next;
        private int _helperSlots = helpers;
        public int Completed;
        public Exception? Error;

        /// <summary>A worker joins only while the caller's thread budget has room.</summary>
        public bool TryJoin() => Interlocked.Decrement(ref _helperSlots) >= 0;

        /// <summary>Claims and runs tasks until none are left; after a failure the rest are counted but not run.</summary>
        public void Drain()
        {
            int i;
            while ((i = Interlocked.Increment(ref _next) - 1) < count)
            {
                if (Volatile.Read(ref Error) is null)
                {
                    try
                    {
                        body(i);
                    }
                    catch (Exception e)
                    {
                        Interlocked.CompareExchange(ref Error, e, null);
                    }
                }
                Interlocked.Increment(ref Completed);
            }
        }
    }

    private sealed class Worker
    {
        // Spin this long after a job before sleeping: covers the gap between consecutive kernels of one model.
        private static readonly long SpinTicks = Stopwatch.Frequency / 20_000; // 50 µs
        private readonly ManualResetEventSlim _wake = new(false, spinCount: 1);
        private int _seen = Volatile.Read(ref s_generation);

        public Worker() => new Thread(Loop) { IsBackground = true, Name = "coex-kernel" }.Start();

        public void Wake() => _wake.Set();

        private void Loop()
        {
            while (true)
            {
                long until = Stopwatch.GetTimestamp() + SpinTicks;
                while (Volatile.Read(ref s_generation) == _seen && Stopwatch.GetTimestamp() < until)
                    Thread.SpinWait(20);
                // The generation is the truth; the event only wakes a sleeper. Checking it after each Reset means
                // a stale or early Set can neither start a job twice nor be lost.
                while (Volatile.Read(ref s_generation) == _seen)
                {
                    _wake.Wait();
                    _wake.Reset();
                }
                _seen = Volatile.Read(ref s_generation);
                if (Volatile.Read(ref s_job) is { } job && job.TryJoin())
                    job.Drain();
            }
        }
    }
}
