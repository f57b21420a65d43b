namespace Coex.Tests;

/// <summary>
/// Measures what a piece of code allocates once it is warm. The runtime itself may allocate on the calling thread
/// now and then (tiered compilation starting its background worker, for one), so one round can see bytes that are not
/// the code's. The fewest bytes over several rounds is the code's own: an allocation per call shows in every round.
/// </summary>
public static class SteadyStateAllocation
{
    public static long FewestBytesPerRound(Action round, int rounds = 8)
    {
        round();
        long fewest = long.MaxValue;
        for (int r = 0; r < rounds && fewest > 0; r++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            round();
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        return fewest;
    }
}
