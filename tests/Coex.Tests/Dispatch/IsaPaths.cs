using System.Diagnostics;
using Coex.Kernels;
using Coex.Kernels.Gemm;

namespace Coex.Tests.Dispatch;

/// <summary>
/// Re-runs the kernel tests in child processes with ISAs switched off through the runtime's
/// DOTNET_Enable* switches, so every code path is exercised on one machine, and checks the switch took effect.
/// </summary>
public class IsaPaths
{
    /// <summary>Trait that marks tests the child processes re-run.</summary>
    public const string KernelCategory = "Kernels";

    /// <summary>Environment variables naming the paths a child process must have picked.</summary>
    private const string ExpectFloat = "COEX_EXPECT_FLOAT_ISA", ExpectInt8 = "COEX_EXPECT_INT8_ISA";

    public static TheoryData<string, string, string> Switches()
    {
        bool avx2 = CpuFeatures.HasAvx2Fma, vnni = CpuFeatures.HasAvxVnni;
        string best = CpuFeatures.BestFloat.ToString();
        return new()
        {
            // .NET 10 ignores the older per-subset DOTNET_EnableAVX512F switch (seen here: AVX-512 stayed on);
            // DOTNET_EnableAVX512 is the one that turns AVX-512 off, so the run sets both.
            { "DOTNET_EnableAVX512F,DOTNET_EnableAVX512", avx2 ? nameof(Isa.Avx2) : nameof(Isa.Scalar), vnni ? nameof(Isa.AvxVnni) : avx2 ? nameof(Isa.Avx2) : nameof(Isa.Scalar) },
            // Without VNNI the int8 GEMM falls back to the widest vpmaddwd path; float paths are unchanged.
            { "DOTNET_EnableAVXVNNI", best, CpuFeatures.HasAvx512 ? nameof(Isa.Avx512) : avx2 ? nameof(Isa.Avx2) : nameof(Isa.Scalar) },
            { "DOTNET_EnableAVX2", nameof(Isa.Scalar), nameof(Isa.Scalar) },
            { "DOTNET_EnableHWIntrinsic", nameof(Isa.Scalar), nameof(Isa.Scalar) },
        };
    }

    [Theory]
    [MemberData(nameof(Switches))]
    public async Task Kernel_tests_pass_with_isa_disabled(string variable, string expectedFloatPath, string expectedInt8Path)
    {
        string assembly = typeof(IsaPaths).Assembly.Location;
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "test", assembly, "--filter", $"Category={KernelCategory}", "--nologo" })
            psi.ArgumentList.Add(arg);
        foreach (var name in variable.Split(','))
            psi.Environment[name] = "0";
        psi.Environment[ExpectFloat] = expectedFloatPath;
        psi.Environment[ExpectInt8] = expectedInt8Path;
        using var child = Process.Start(psi)!;
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await child.WaitForExitAsync(timeout.Token);
        string output = await stdout + await stderr;
        Assert.True(child.ExitCode == 0, $"kernel tests failed with {variable}=0:\n{output}");
        // The child must have run the path check and real kernel tests, not an empty selection.
        Assert.Matches(@"Passed:\s+([2-9]\d|\d{3,})", output);
    }

    /// <summary>Runs in every process; in a child it proves the runtime switch changed the dispatched path.</summary>
    [Fact]
    [Trait("Category", KernelCategory)]
    public void Dispatch_matches_what_the_process_allows()
    {
        if (Environment.GetEnvironmentVariable(ExpectFloat) is { } expectedFloat)
            Assert.Equal(expectedFloat, GemmF32.DefaultIsa.ToString());
        if (Environment.GetEnvironmentVariable(ExpectInt8) is { } expectedInt8)
            Assert.Equal(expectedInt8, GemmU8S8.DefaultIsa.ToString());
        Assert.Equal(CpuFeatures.BestFloat, GemmF32.DefaultIsa);
    }
}
