using System.Diagnostics;
using System.Globalization;

namespace Coex.Bench;

/// <summary>
/// How busy the other processes kept the CPUs while a benchmark ran: (all CPU time spent on the machine − this
/// process's CPU time) / wall time, in cores. A benchmark on 2 cores that shares them with a build is not a measurement.
/// </summary>
/// <remarks>Linux only (reads /proc/stat); elsewhere <see cref="OtherCores"/> is null.</remarks>
public sealed class MachineLoad
{
    /// <summary>Clock ticks per second of /proc/stat (USER_HZ, 100 on every mainstream Linux build).</summary>
    private const double TicksPerSecond = 100;
    /// <summary>Shortest window whose load is reported (20 ticks).</summary>
    private const double MinWindowSeconds = 0.2;

    private readonly long? _busyTicks;
    private readonly TimeSpan _ownCpu;
    private readonly long _start;

    private MachineLoad()
    {
        _busyTicks = BusyTicks();
        _ownCpu = Process.GetCurrentProcess().TotalProcessorTime;
        _start = Stopwatch.GetTimestamp();
    }

    /// <summary>Starts watching.</summary>
    public static MachineLoad Start() => new();

    /// <summary>
    /// Waits until other processes keep at most <paramref name="threshold"/> cores busy over a 0.5 s window, or until
    /// <paramref name="timeout"/> passes. Returns true when the machine went quiet (or the load cannot be read).
    /// </summary>
    public static bool WaitForQuiet(TimeSpan timeout, double threshold = 0.1)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var window = Start();
            Thread.Sleep(500);
            if (window.OtherCores is not { } cores || cores <= threshold)
                return true;
            if (Stopwatch.GetTimestamp() >= deadline)
                return false;
        }
    }

    /// <summary>Average cores other processes kept busy since <see cref="Start"/>; null where it cannot be read or the window is under 0.2 s.</summary>
    public double? OtherCores
    {
        get
        {
            if (_busyTicks is not { } before || BusyTicks() is not { } after)
                return null;
            double wall = Stopwatch.GetElapsedTime(_start).TotalSeconds;
            // /proc/stat counts in 10 ms ticks: a shorter window cannot say anything.
            if (wall < MinWindowSeconds)
                return null;
            double own = (Process.GetCurrentProcess().TotalProcessorTime - _ownCpu).TotalSeconds;
            return Math.Max(0, ((after - before) / TicksPerSecond - own) / wall);
        }
    }

    /// <summary>Busy ticks of all CPUs: user + nice + system + irq + softirq + steal (the first line of /proc/stat).</summary>
    private static long? BusyTicks()
    {
        try
        {
            string? line = File.ReadLines("/proc/stat").FirstOrDefault();
            if (line is null || !line.StartsWith("cpu ", StringComparison.Ordinal))
                return null;
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(x => long.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            // Fields: user nice system idle iowait irq softirq steal ...
            return f[0] + f[1] + f[2] + f[5] + f[6] + (f.Length > 7 ? f[7] : 0);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>CPU flags the kernel reports (/proc/cpuinfo) beyond what .NET's intrinsics classes expose.</summary>
public static class HostCpu
{
    /// <summary>
    /// Flags that change what a peer can do but Coex cannot use from .NET 10: AMX tiles (ONNX Runtime's MLAS uses
    /// amx_int8 for u8s8 GEMM) and 512-bit VNNI. Empty where /proc/cpuinfo cannot be read.
    /// </summary>
    public static IReadOnlyList<string> PeerOnlyFlags()
    {
        string[] interesting = ["amx_int8", "amx_bf16", "amx_tile", "avx512_vnni", "avx512_bf16", "avx512fp16"];
        try
        {
            string? flags = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("flags", StringComparison.Ordinal));
            if (flags is null)
                return [];
            var present = flags[(flags.IndexOf(':') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
            return interesting.Where(present.Contains).ToArray();
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }
}
