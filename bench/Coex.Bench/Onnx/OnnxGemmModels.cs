using System.Runtime.InteropServices;

namespace Coex.Bench.Onnx;

/// <summary>
/// Builds one-node ONNX models in memory (serialized ModelProto bytes) for the GEMM peers:
/// <c>Y = MatMul(A, B)</c> in fp32 and <c>Y = MatMulInteger(A, B, a_zero_point)</c> for u8×s8→s32,
/// with B stored as an initializer so ONNX Runtime can prepack it once, as Coex does.
/// </summary>
/// <remarks>
/// Field numbers follow onnx.proto (ONNX 1.12): ModelProto{ir_version=1, graph=7, opset_import=8},
/// OperatorSetIdProto{domain=1, version=2}, GraphProto{node=1, name=2, initializer=5, input=11, output=12},
/// NodeProto{input=1, output=2, op_type=4}, TensorProto{dims=1, data_type=2, name=8, raw_data=9},
/// ValueInfoProto{name=1, type=2}, TypeProto{tensor_type=1}, TypeProto.Tensor{elem_type=1, shape=2},
/// TensorShapeProto{dim=1}, TensorShapeProto.Dimension{dim_value=1}. raw_data is little-endian, row-major.
/// </remarks>
public static class OnnxGemmModels
{
    /// <summary>IR version 8 (ONNX 1.10+): old enough for every runtime we meet, new enough for opset 13.</summary>
    public const long IrVersion = 8;
    /// <summary>Default-domain opset 13: MatMul-13 and MatMulInteger-10 are both current there.</summary>
    public const long Opset = 13;

    /// <summary>TensorProto.DataType values used here.</summary>
    public enum ElementType
    {
        Float = 1,
        UInt8 = 2,
        Int8 = 3,
        Int32 = 6,
    }

    /// <summary>Name of the activation input A in every model built here.</summary>
    public const string InputName = "A";
    /// <summary>Name of the output Y in every model built here.</summary>
    public const string OutputName = "Y";

    /// <summary><c>Y[M,N] = A[M,K] · B[K,N]</c> in fp32; A is a graph input, B an initializer.</summary>
    public static byte[] MatMulF32(int m, int k, int n, ReadOnlySpan<float> b)
    {
        CheckShape(m, k, n, b.Length);
        byte[] raw = MemoryMarshal.AsBytes(b[..(k * n)]).ToArray();
        return Model("MatMul", m, k, n, ElementType.Float, ElementType.Float,
            ("B", ElementType.Float, [k, n], raw), null);
    }

    /// <summary>
    /// <c>Y[M,N] = Σ_k (A[M,K] − aZeroPoint) · B[K,N]</c> in int32 (MatMulInteger); A is a uint8 graph input,
    /// B an int8 initializer and the zero point a uint8 scalar initializer (B's zero point is omitted, so 0).
    /// </summary>
    public static byte[] MatMulIntegerU8S8(int m, int k, int n, ReadOnlySpan<sbyte> b, byte aZeroPoint)
    {
        CheckShape(m, k, n, b.Length);
        byte[] raw = MemoryMarshal.AsBytes(b[..(k * n)]).ToArray();
        return Model("MatMulInteger", m, k, n, ElementType.UInt8, ElementType.Int32,
            ("B", ElementType.Int8, [k, n], raw), ("a_zero_point", ElementType.UInt8, [], [aZeroPoint]));
    }

    private static void CheckShape(int m, int k, int n, int bLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(m, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (bLength < (long)k * n)
            throw new ArgumentException($"B holds {bLength} elements; K×N = {k}×{n} needs {(long)k * n}.", "b");
    }

    private static byte[] Model(string opType, int m, int k, int n, ElementType inType, ElementType outType,
        (string Name, ElementType Type, long[] Dims, byte[] Raw) weights,
        (string Name, ElementType Type, long[] Dims, byte[] Raw)? zeroPoint)
    {
        var model = new ProtoWriter();
        model.Varint(1, IrVersion);
        model.Message(7, graph =>
        {
            graph.Message(1, node =>
            {
                node.String(1, InputName).String(1, weights.Name);
                if (zeroPoint is { } zp)
                    node.String(1, zp.Name);
                node.String(2, OutputName).String(4, opType);
            });
            graph.String(2, $"coex_bench_{opType}");
            graph.Message(5, t => Tensor(t, weights));
            if (zeroPoint is { } z)
                graph.Message(5, t => Tensor(t, z));
            graph.Message(11, v => ValueInfo(v, InputName, inType, [m, k]));
            graph.Message(12, v => ValueInfo(v, OutputName, outType, [m, n]));
        });
        model.Message(8, opset => opset.String(1, "").Varint(2, Opset));
        return model.ToArray();
    }

    private static void Tensor(ProtoWriter t, (string Name, ElementType Type, long[] Dims, byte[] Raw) tensor)
    {
        foreach (long d in tensor.Dims)
            t.Varint(1, d);
        t.Varint(2, (long)tensor.Type).String(8, tensor.Name).Bytes(9, tensor.Raw);
    }

    private static void ValueInfo(ProtoWriter v, string name, ElementType type, long[] dims)
    {
        v.String(1, name);
        v.Message(2, typeProto => typeProto.Message(1, tensorType =>
        {
            tensorType.Varint(1, (long)type);
            tensorType.Message(2, shape =>
            {
                foreach (long d in dims)
                    shape.Message(1, dim => dim.Varint(1, d));
            });
        }));
    }
}
