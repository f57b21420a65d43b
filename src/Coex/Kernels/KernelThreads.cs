namespace Coex.Kernels;

/// <summary>
/// Runs independent kernel tasks on a persistent team of worker threads plus the calling thread.
/// </summary>
/// <remarks>
/// Inference calls are often a few microseconds long (batch-1 GEMV), where waking thread-pool workers
/// costs as much as the work. Team workers spin briefly after each job, so back-to-back kernel calls find
/// them awake, then sleep on an event. One job runs at a time: a call made while the team is busy (another
/// thread's kernel, or a kernel called from inside a task) runs its tasks on the calling thread alone.
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
    private static Action<int>? s_body;
    private static int s_count;
    private static int s_next;
    private static int s_remaining;
    private static Exception? s_error;
    private static readonly ManualResetEventSlim s_done = new(false);

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
            s_body = body;
            s_count = count;
            s_next = 0;
            s_error = null;
            s_done.Reset();
            Volatile.Write(ref s_remaining, threads - 1);
            for (int w = 0; w < threads - 1; w++)
                s_workers[w].Start();
            Drain();
            // Workers finish within one task of each other; spin first, then sleep.
            var spin = new SpinWait();
            while (Volatile.Read(ref s_remaining) != 0 && !spin.NextSpinWillYield)
                spin.SpinOnce();
            if (Volatile.Read(ref s_remaining) != 0)
                s_done.Wait();
            s_body = null;
            if (s_error is { } error)
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }
        finally
        {
            Volatile.Write(ref s_busy, 0);
        }
    }

    /// <summary>Takes task indices until none are left; the first failure stops everyone.</summary>
    private static void Drain()
    {
        var body = s_body!;
        int i;
        while ((i = Interlocked.Increment(ref s_next) - 1) < s_count)
        {
            try
            {
                body(i);
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref s_error, e, null);
                Volatile.Write(ref s_next, s_count);
            }
        }
    }

    private sealed class Worker
    {
        // Spin this long after a job before sleeping: covers the gap between consecutive kernels of one model.
        private static readonly long SpinTicks = System.Diagnostics.Stopwatch.Frequency / 20_000; // 50 µs
        private readonly ManualResetEventSlim _start = new(false, spinCount: 1);
        private volatile bool _go;

        public Worker()
        {
            new Thread(Loop) { IsBackground = true, Name = "coex-kernel" }.Start();
        }

        public void Start()
        {
            _go = true;
            _start.Set();
        }

        private void Loop()
        {
            while (true)
            {
                long until = System.Diagnostics.Stopwatch.GetTimestamp() + SpinTicks;
                while (!_go && System.Diagnostics.Stopwatch.GetTimestamp() < until)
                    Thread.SpinWait(20);
                // _go is the truth; the event only wakes a sleeper. Checking _go after each Reset means a
                // stale or early Set can neither start a job twice nor be lost.
                while (!_go)
                {
                    _start.Wait();
                    _start.Reset();
                }
                _go = false;
                Drain();
                if (Interlocked.Decrement(ref s_remaining) == 0)
                    s_done.Set();
            }
        }
    }
}
