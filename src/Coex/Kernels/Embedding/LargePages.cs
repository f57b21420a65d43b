using System.Runtime.InteropServices;

namespace Coex.Kernels.Embedding;

/// <summary>
/// Native blocks for big lookup tables, backed by 2 MiB transparent huge pages where Linux allows it.
/// </summary>
/// <remarks>
/// Random row lookups touch a new 4 KiB page almost every time, so with small pages each lookup also pays a TLB miss
/// and a page walk (two-dimensional, and far costlier, inside a virtual machine). Blocks of at least
/// <see cref="MinBytes"/> are aligned to 2 MiB and marked <c>MADV_HUGEPAGE</c>, which the kernel honours when
/// <c>/sys/kernel/mm/transparent_hugepage/enabled</c> is <c>always</c> or <c>madvise</c>; elsewhere the advice is
/// skipped and the block is an ordinary one.
/// </remarks>
public static unsafe partial class LargePages
{
    /// <summary>Blocks from this size up get huge-page alignment and advice.</summary>
    public const long MinBytes = 4L << 20;
    private const nuint HugePage = 2u << 20;
    private const int MadvHugePage = 14; // MADV_HUGEPAGE in Linux's mman-common.h

    /// <summary>A 64-byte aligned block of <paramref name="bytes"/> (huge-page aligned and advised when large); free with <see cref="Free"/>.</summary>
    public static byte* Allocate(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytes);
        bool large = bytes >= MinBytes && OperatingSystem.IsLinux();
        nuint size = (nuint)bytes;
        if (large)
            size = (size + HugePage - 1) & ~(HugePage - 1);
        var block = (byte*)NativeMemory.AlignedAlloc(size, large ? HugePage : 64);
        if (large)
        {
            try
            {
                _ = Madvise(block, size, MadvHugePage); // advice only: a refusal leaves ordinary pages
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
            }
        }
        return block;
    }

    public static void Free(byte* block) => NativeMemory.AlignedFree(block);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
