using Coex.Bench;
using Coex.Kernels;

namespace Coex.Tests.Bench;

public class RoofFractionTests
{
    private static readonly Roof[] Roofs =
    [
        new(RoofKind.Fp32Avx512, 1, 200), new(RoofKind.Fp32Avx2, 1, 100),
        new(RoofKind.Int8AvxVnni, 1, 400), new(RoofKind.MemoryRead, 1, 10),
    ];

    [Fact]
    public void Small_m_float_gemm_gets_its_isa_roof_and_the_bandwidth_roof()
    {
        // 16×1024×1024: 2·16·1024·1024 ops over 4 MiB of B at 10 GB/s.
        var gemm = new CoexGemmTiming("f32", new GemmShape(16, 1024, 1024), 1, 50, Isa.Avx512, 4L << 20);
        var f = RoofFraction.For(gemm, Roofs);

        Assert.Equal(RoofKind.Fp32Avx512, f.ComputeRoofKind);
        Assert.Equal(0.25, f.OfCompute, 1e-12);
        double bandwidthRoof = 2.0 * 16 * 1024 * 1024 / ((4L << 20) / 10e9) / 1e9;
        Assert.Equal(bandwidthRoof, f.BandwidthRoofGops!.Value, 1e-9);
    }

    [Fact]
    public void Int8_uses_its_path_roof_and_large_m_has_no_bandwidth_roof()
    {
        var gemm = new CoexGemmTiming("u8s8", new GemmShape(256, 1024, 1024), 1, 100, Isa.AvxVnni, 1L << 20);
        var f = RoofFraction.For(gemm, Roofs);

        Assert.Equal(RoofKind.Int8AvxVnni, f.ComputeRoofKind);
        Assert.Equal(0.25, f.OfCompute, 1e-12);
        Assert.Null(f.BandwidthRoofGops);
    }

    [Fact]
    public void A_missing_roof_is_named()
    {
        var gemm = new CoexGemmTiming("f32", new GemmShape(1, 8, 8), 2, 1, Isa.Avx512, 256);
        var ex = Assert.Throws<ArgumentException>(() => RoofFraction.For(gemm, Roofs));
        Assert.Contains("Fp32Avx512", ex.Message);
    }
}
