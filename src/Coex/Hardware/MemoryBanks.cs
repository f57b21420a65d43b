namespace Coex.Hardware;

/// <summary>
/// N identical memory banks (or channels) that serve lookups in parallel, each one access at a time: the model behind
/// embedding-table placement. An access to a row of <c>b</c> bytes occupies its bank for
/// <see cref="AccessLatencyNs"/> + b / <see cref="BandwidthGBps"/>; banks overlap fully with one another.
/// </summary>
/// <remarks>
/// One outstanding access per bank is the conservative model MicroRec uses for its per-channel "lookup rounds" (Jiang
/// et al., MLSys 2021); real controllers pipeline several accesses per channel, which shortens every bank alike and
/// leaves the best placement the same.
/// </remarks>
/// <param name="Name">Preset name for reports.</param>
/// <param name="Banks">Number of independent banks or channels.</param>
/// <param name="CapacityBytes">Capacity of one bank.</param>
/// <param name="AccessLatencyNs">Time from request to first data of a random access, in ns.</param>
/// <param name="BandwidthGBps">Peak bandwidth of one bank, GB/s (= bytes per ns).</param>
public sealed record MemoryBankSpec(string Name, int Banks, long CapacityBytes, double AccessLatencyNs, double BandwidthGBps)
{
    /// <summary>Total capacity of all banks.</summary>
    public long TotalBytes => Banks * CapacityBytes;

    /// <summary>ns one bank is busy reading one row of <paramref name="rowBytes"/> bytes.</summary>
    public double AccessNs(long rowBytes) => AccessLatencyNs + rowBytes / BandwidthGBps;

    /// <summary>Throws <see cref="ArgumentException"/> when a field is not positive.</summary>
    public void Validate()
    {
        if (Banks <= 0 || CapacityBytes <= 0 || !(AccessLatencyNs >= 0) || !(BandwidthGBps > 0))
            throw new ArgumentException($"Memory bank spec '{Name}' needs positive banks, capacity and bandwidth and a non-negative latency; got {this}.");
    }
}

/// <summary>Memory-bank presets from public numbers; the comments say which numbers are measured, published or assumed.</summary>
public static class MemoryBankPresets
{
    /// <summary>
    /// HBM2, two stacks in pseudo-channel mode as on the Xilinx Alveo U280 (8 GiB, 32 pseudo-channels of 256 MiB,
    /// ≈ 460 GB/s in all, so ≈ 14.4 GB/s each; AMD/Xilinx U280 data sheet DS963 and AXI HBM controller guide PG276).
    /// Latency: ≈ 110 ns for a random (page-miss) read, the order the Shuhai benchmark measured on that board
    /// (Huang et al., "Shuhai: Benchmarking High Bandwidth Memory on FPGAs", FCCM 2020) — an assumption, not a spec.
    /// </summary>
    public static MemoryBankSpec Hbm32 { get; } = new("hbm32", 32, 256L << 20, 110, 14.4);

    /// <summary>
    /// DDR4-2400, four 64-bit channels of 16 GiB (a typical server socket's slice; 2400 MT/s × 8 B = 19.2 GB/s per
    /// channel, JESD79-4). Latency ≈ 90 ns load-to-use for a random read, a typical measured value on current servers
    /// (assumed; it varies ±20 ns by platform).
    /// </summary>
    public static MemoryBankSpec Ddr4 { get; } = new("ddr4", 4, 16L << 30, 90, 19.2);

    /// <summary>
    /// On-chip SRAM as an FPGA builds it from UltraRAM: 64 banks of 512 KiB (32 MiB in all, about the U280's 960
    /// URAM blocks of 288 Kib = 33.75 MiB; Xilinx UltraScale+ memory resources guide UG573), 72-bit ports at an
    /// assumed 300 MHz (2.7 GB/s per bank) and 2 cycles ≈ 6.7 ns of read latency (assumed pipeline).
    /// </summary>
    public static MemoryBankSpec Sram { get; } = new("sram", 64, 512L << 10, 6.7, 2.7);

    public static IReadOnlyList<MemoryBankSpec> All { get; } = [Hbm32, Ddr4, Sram];

    /// <summary>The preset named <paramref name="name"/> (hbm32, ddr4, sram).</summary>
    public static MemoryBankSpec Get(string name) => All.FirstOrDefault(p => p.Name == name)
        ?? throw new ArgumentException($"Unknown memory bank preset '{name}'; presets: {string.Join(", ", All.Select(p => p.Name))}.", nameof(name));
}
