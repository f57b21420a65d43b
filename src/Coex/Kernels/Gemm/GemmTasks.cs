namespace Coex.Kernels.Gemm;

/// <summary>How the GEMM drivers split work into thread tasks and where each thread keeps its scratch.</summary>
internal static unsafe class GemmTasks
{
    /// <summary>Largest number of B columns one task sweeps (keeps its B block L2-resident).</summary>
    public const int MaxColumnsPerTask = 512;

    /// <summary>
    /// B panels per task: as many as <see cref="MaxColumnsPerTask"/> allows, halved until the
    /// (M block × panel group) grid has at least two tasks per thread, so dynamic claiming can balance load.
    /// </summary>
    public static int PanelsPerTask(int mBlocks, int panels, int panelWidth, int threads)
    {
        int perTask = Math.Max(1, Math.Min(panels, MaxColumnsPerTask / panelWidth));
        while (perTask > 1 && mBlocks * ((panels + perTask - 1) / perTask) < 2 * threads)
            perTask = (perTask + 1) / 2;
        return perTask;
    }

    /// <summary>
    /// A 64-byte aligned pointer to at least <paramref name="count"/> elements of the calling thread's pinned scratch
    /// held in <paramref name="field"/> (a [ThreadStatic] field), growing it when too small.
    /// </summary>
    public static T* Scratch<T>(ref T[]? field, long count) where T : unmanaged
    {
        const int slack = 64; // elements of room for the alignment shift
        var s = field;
        if (s is null || s.Length < count + slack)
            field = s = GC.AllocateArray<T>((int)count + slack, pinned: true);
        fixed (T* p = s)
            return (T*)(((nint)p + 63) & ~(nint)63); // pinned-heap array: the address stays valid
    }
}
