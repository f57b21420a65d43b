using Coex.Kernels;

namespace Coex.Tests.Kernels;

public class KernelThreadsTests
{
    [Fact]
    public void Every_task_runs_exactly_once_across_many_jobs()
    {
        for (int job = 0; job < 2000; job++)
        {
            int count = job % 37;
            var hits = new int[count];
            KernelThreads.For(count, 1 + job % 4, i => Interlocked.Increment(ref hits[i]));
            Assert.All(hits, h => Assert.Equal(1, h));
        }
    }

    [Fact]
    public void Concurrent_and_nested_callers_all_complete()
    {
        long total = 0;
        Parallel.For(0, 8, _ =>
        {
            for (int r = 0; r < 50; r++)
                KernelThreads.For(16, 2, i => KernelThreads.For(4, 2, j => Interlocked.Increment(ref total)));
        });
        Assert.Equal(8L * 50 * 16 * 4, total);
    }

    [Fact]
    public void Task_exception_reaches_the_caller_and_the_team_recovers()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            KernelThreads.For(100, 2, i => { if (i == 57) throw new InvalidOperationException("task 57"); }));
        Assert.Equal("task 57", ex.Message);
        int ran = 0;
        KernelThreads.For(10, 2, _ => Interlocked.Increment(ref ran));
        Assert.Equal(10, ran);
    }

    [Fact]
    public void Thread_count_is_validated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KernelThreads.For(1, -1, _ => { }));
        Assert.Throws<ArgumentOutOfRangeException>(() => KernelThreads.For(1, KernelThreads.Max + 1, _ => { }));
        Assert.Equal(KernelThreads.Default, KernelThreads.Resolve(0));
    }
}
