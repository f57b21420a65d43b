namespace Coex.Kernels;

/// <summary>Runs independent kernel tasks over the thread pool with a bounded thread count.</summary>
public static class KernelThreads
{
    /// <summary>Thread count used when a caller passes 0: every logical core.</summary>
    public static int Default => Environment.ProcessorCount;

    /// <summary>Resolves a requested thread count: 0 means <see cref="Default"/>; negative is an error.</summary>
    public static int Resolve(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        return threads == 0 ? Default : threads;
    }

    /// <summary>Calls <paramref name="body"/> for every task index in [0, count), on at most <paramref name="threads"/> threads.</summary>
    public static void For(int count, int threads, Action<int> body)
    {
        threads = Resolve(threads);
        if (threads == 1 || count <= 1)
        {
            for (int i = 0; i < count; i++)
                body(i);
            return;
        }
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, body);
    }
}
