using System.CommandLine;
using Coex.Kernels;
using Coex.Kernels.Gemm;

namespace Coex.Cli;

/// <summary><c>coex info</c>: the CPU features and kernel paths this process will use.</summary>
internal static class InfoCommand
{
    public static Command Create()
    {
        var command = new Command("info", "Show the CPU features and kernel paths Coex uses on this machine.");
        command.SetAction(_ =>
        {
            Console.WriteLine($"CPU: {CpuFeatures.Describe()}");
            Console.WriteLine($"float GEMM path: {GemmF32.DefaultIsa}");
            Console.WriteLine($"int8 GEMM path: {GemmU8S8.DefaultIsa}");
            Console.WriteLine($"kernel threads: {KernelThreads.Default} (override with --threads on commands that run kernels)");
            return 0;
        });
        return command;
    }
}
