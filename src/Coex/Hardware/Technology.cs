namespace Coex.Hardware;

/// <summary>
/// Energy and area constants of a process node, with the bit-width scaling laws the models apply to them.
/// Defaults are M. Horowitz, "Computing's energy problem (and what we can do about it)", ISSCC 2014, 45 nm at
/// 0.9 V (<see cref="Horowitz45nm"/>).
/// </summary>
public sealed record TechnologyParameters
{
    /// <summary>Energy of one 8×8-bit integer multiply, pJ (Horowitz: 0.2 pJ). Scaled by b_w·b_a/64, i.e.
    /// quadratic in width: Horowitz's 32-bit multiply is 3.1 pJ, 15.5× the 8-bit one, against 16× predicted.</summary>
    public double MultiplyPj8x8 { get; init; } = 0.2;

    /// <summary>Energy of an integer add per bit of adder width, pJ (Horowitz: 8-bit add 0.03 pJ → 0.03/8; his
    /// 32-bit add is 0.1 pJ against 0.12 predicted).</summary>
    public double AddPjPerBit { get; init; } = 0.03 / 8;

    /// <summary>SRAM read or write energy per byte of an 8 KiB array, pJ (Horowitz: 10 pJ per 64-bit access of
    /// an 8 KB SRAM → 10/8). Larger arrays cost <c>√(size / 8 KiB)</c> times more: his 32 KB is 20 pJ (fit: 20)
    /// and 1 MB is 100 pJ (fit: 113) per 64 bits.</summary>
    public double SramPjPerByteAt8KiB { get; init; } = 10.0 / 8;

    /// <summary>DRAM energy per byte, pJ: Horowitz gives 1.3–2.6 nJ per 64-bit access; the low end, 1300/8, equals
    /// the 640 pJ per 32-bit word used by Han et al. (NeurIPS 2015) citing the same source.</summary>
    public double DramPjPerByte { get; init; } = 1300.0 / 8;

    /// <summary>Multiplier area per bit-product, µm²: A_mul(b) = q·b² + l·b fitted exactly through Horowitz's
    /// 8-bit (282 µm²) and 32-bit (3495 µm²) multipliers: q = 2367/768 ≈ 3.082.</summary>
    public double MultiplierAreaUm2PerBitProduct { get; init; } = 2367.0 / 768;

    /// <summary>Linear term of the same fit: l = (282 − 64·q)/8 ≈ 10.59 µm² per bit.</summary>
    public double MultiplierAreaUm2PerBit { get; init; } = (282.0 - 64.0 * (2367.0 / 768)) / 8;

    /// <summary>Adder area per bit, µm² (Horowitz: 8-bit 36, 16-bit 67, 32-bit 137 µm² → ≈4.3 µm²/bit).</summary>
    public double AdderAreaUm2PerBit { get; init; } = 4.3;

    /// <summary>SRAM area per byte, µm²: Intel 45 nm 6T cell of 0.346 µm² (Mistry et al., IEDM 2007) × 8 bits,
    /// over an assumed 70 % array efficiency (periphery, sense amplifiers, decoders).</summary>
    public double SramAreaUm2PerByte { get; init; } = 0.346 * 8 / 0.7;

    /// <summary>Accumulator headroom a PE is built with beyond b_w + b_a: 16 bits, as in TPU v1, whose 8×8-bit
    /// MACs feed 32-bit accumulators (Jouppi et al., ISCA 2017).</summary>
    public int AccumulatorHeadroomBits { get; init; } = 16;

    /// <summary>Supply voltage the energies above hold at (Horowitz: 0.9 V). Dynamic energy on chip (MACs and
    /// scratchpads) scales with (V / NominalVolts)²; DRAM energy does not, the DRAM having its own supply.</summary>
    public double NominalVolts { get; init; } = 0.9;

    /// <summary>Threshold voltage of the alpha-power delay law (<see cref="ClockScale"/>), V. 0.35 V is an assumed
    /// value for a 45 nm standard-threshold process, not a measured one.</summary>
    public double ThresholdVolts { get; init; } = 0.35;

    /// <summary>Velocity-saturation index α of the alpha-power law (Sakurai and Newton, IEEE JSSC 1990): about 1.3 for
    /// short-channel devices, 2 for long-channel ones.</summary>
    public double AlphaPower { get; init; } = 1.3;

    /// <summary>Horowitz ISSCC 2014, 45 nm — the defaults above.</summary>
    public static TechnologyParameters Horowitz45nm { get; } = new();

    /// <summary>Energy of one MAC, pJ: multiply scaled by b_w·b_a/64 plus an add as wide as the exact accumulator
    /// (b_w + b_a + ⌈log2 K⌉ bits, see <see cref="BitWidths.AccumulatorBits"/>).</summary>
    public double MacEnergyPj(BitWidths bits, long reduction) =>
        MultiplyPj8x8 * (bits.Weights * bits.Activations) / 64.0 + AddPjPerBit * bits.AccumulatorBits(reduction);

    /// <summary>Area of one PE, µm²: a b_w×b_a multiplier (q·b_w·b_a + l·(b_w+b_a)/2, the quadratic fit) and an
    /// accumulator adder of b_w + b_a + <see cref="AccumulatorHeadroomBits"/> bits. Pipeline registers and
    /// control are not counted.</summary>
    public double PeAreaUm2(BitWidths bits) =>
        MultiplierAreaUm2PerBitProduct * bits.Weights * bits.Activations
        + MultiplierAreaUm2PerBit * (bits.Weights + bits.Activations) / 2.0
        + AdderAreaUm2PerBit * (bits.Weights + bits.Activations + AccumulatorHeadroomBits);

    /// <summary>Energy per byte of an SRAM of <paramref name="sizeBytes"/>: <see cref="SramPjPerByteAt8KiB"/> ·
    /// √(size / 8 KiB).</summary>
    public double SramPjPerByte(double sizeBytes) => SramPjPerByteAt8KiB * Math.Sqrt(sizeBytes / SramReferenceBytes);

    /// <summary>Factor on-chip dynamic energy takes at <paramref name="volts"/>: (V / <see cref="NominalVolts"/>)².</summary>
    public double OnChipEnergyScale(double volts) => volts * volts / (NominalVolts * NominalVolts);

    /// <summary>
    /// The highest clock at <paramref name="volts"/> relative to the one at <see cref="NominalVolts"/>, from the
    /// alpha-power law: gate delay ∝ V / (V − V_t)^α, so f(V) / f(V_nom) = (V − V_t)^α·V_nom / ((V_nom − V_t)^α·V).
    /// With the defaults: 0.87× at 0.8 V, 0.71× at 0.7 V, 0.54× at 0.6 V.
    /// </summary>
    public double ClockScale(double volts)
    {
        if (!(volts > ThresholdVolts))
            throw new ArgumentOutOfRangeException(nameof(volts), volts, $"The supply must exceed the threshold voltage ({ThresholdVolts} V).");
        return Math.Pow(volts - ThresholdVolts, AlphaPower) * NominalVolts / (Math.Pow(NominalVolts - ThresholdVolts, AlphaPower) * volts);
    }

    /// <summary>
    /// Bit operations of one MAC in a reduction of length K, after Baskin et al. (UNIQ, 2018):
    /// b_a·b_w + b_a + b_w + log2 K. A conv layer's BOPS per output pixel is m·n·k²·(b_a·b_w + b_a + b_w + log2(n·k²)).
    /// </summary>
    public static double BopsPerMac(BitWidths bits, long reduction) =>
        bits.Activations * bits.Weights + bits.Activations + bits.Weights + Math.Log2(Math.Max(1, reduction));

    /// <summary>Throws <see cref="ArgumentException"/> naming the first non-positive constant.</summary>
    public void Validate()
    {
        NonNegative(MultiplyPj8x8, nameof(MultiplyPj8x8)); NonNegative(AddPjPerBit, nameof(AddPjPerBit));
        NonNegative(SramPjPerByteAt8KiB, nameof(SramPjPerByteAt8KiB)); NonNegative(DramPjPerByte, nameof(DramPjPerByte));
        NonNegative(MultiplierAreaUm2PerBitProduct, nameof(MultiplierAreaUm2PerBitProduct));
        NonNegative(MultiplierAreaUm2PerBit, nameof(MultiplierAreaUm2PerBit));
        NonNegative(AdderAreaUm2PerBit, nameof(AdderAreaUm2PerBit)); NonNegative(SramAreaUm2PerByte, nameof(SramAreaUm2PerByte));
        NonNegative(ThresholdVolts, nameof(ThresholdVolts));
        if (!(NominalVolts > ThresholdVolts) || double.IsInfinity(NominalVolts))
            throw new ArgumentException($"Technology.{nameof(NominalVolts)} must be finite and above {nameof(ThresholdVolts)} ({ThresholdVolts} V), got {NominalVolts}.");
        if (!(AlphaPower >= 1 && AlphaPower <= 2))
            throw new ArgumentException($"Technology.{nameof(AlphaPower)} must lie in [1, 2] (velocity-saturated to long-channel), got {AlphaPower}.");
        if (AccumulatorHeadroomBits < 0)
            throw new ArgumentException($"Technology.{nameof(AccumulatorHeadroomBits)} must be non-negative, got {AccumulatorHeadroomBits}.");
    }

    private const double SramReferenceBytes = 8 * 1024;

    private static void NonNegative(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
            throw new ArgumentException($"Technology.{name} must be a finite non-negative number, got {value}.");
    }
}
