using Coex.Onnx.Proto;
using Coex.Tensors;
using DataType = Coex.Onnx.Proto.TensorProto.Types.DataType;

namespace Coex.Onnx;

/// <summary>Maps between ONNX <c>TensorProto.DataType</c> codes and Coex <see cref="DType"/>s.</summary>
internal static class OnnxTypes
{
    /// <summary>The Coex dtype for ONNX type code <paramref name="code"/>, or an <see cref="OnnxFormatException"/> naming <paramref name="what"/> and the type.</summary>
    public static DType ToDType(int code, string what) => (DataType)code switch
    {
        DataType.Float => DType.F32,
        DataType.Float16 => DType.F16,
        DataType.Bfloat16 => DType.BF16,
        DataType.Int8 => DType.I8,
        DataType.Uint8 => DType.U8,
        DataType.Int32 => DType.I32,
        DataType.Int64 => DType.I64,
        DataType.Bool => DType.Bool,
        DataType.Int4 => DType.I4,
        DataType.Undefined => throw new OnnxFormatException($"{what} has no data type (UNDEFINED)."),
        _ when Enum.IsDefined((DataType)code) => throw new OnnxFormatException($"{what} has data type {Name(code)}, which Coex does not support (supported: FLOAT, FLOAT16, BFLOAT16, INT8, UINT8, INT32, INT64, BOOL, INT4)."),
        _ => throw new OnnxFormatException($"{what} has unknown data type code {code}."),
    };

    /// <summary>The ONNX type code of <paramref name="dtype"/>.</summary>
    public static int FromDType(DType dtype) => (int)(dtype switch
    {
        DType.F32 => DataType.Float,
        DType.F16 => DataType.Float16,
        DType.BF16 => DataType.Bfloat16,
        DType.I8 => DataType.Int8,
        DType.U8 => DataType.Uint8,
        DType.I32 => DataType.Int32,
        DType.I64 => DataType.Int64,
        DType.Bool => DataType.Bool,
        DType.I4 => DataType.Int4,
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "No ONNX data type for this dtype."),
    });

    /// <summary>The ONNX spelling of a type code, e.g. <c>DOUBLE</c>, for messages.</summary>
    public static string Name(int code) => (DataType)code switch
    {
        DataType.Float => "FLOAT",
        DataType.Uint8 => "UINT8",
        DataType.Int8 => "INT8",
        DataType.Uint16 => "UINT16",
        DataType.Int16 => "INT16",
        DataType.Int32 => "INT32",
        DataType.Int64 => "INT64",
        DataType.String => "STRING",
        DataType.Bool => "BOOL",
        DataType.Float16 => "FLOAT16",
        DataType.Double => "DOUBLE",
        DataType.Uint32 => "UINT32",
        DataType.Uint64 => "UINT64",
        DataType.Complex64 => "COMPLEX64",
        DataType.Complex128 => "COMPLEX128",
        DataType.Bfloat16 => "BFLOAT16",
        DataType.Float8E4M3Fn => "FLOAT8E4M3FN",
        DataType.Float8E4M3Fnuz => "FLOAT8E4M3FNUZ",
        DataType.Float8E5M2 => "FLOAT8E5M2",
        DataType.Float8E5M2Fnuz => "FLOAT8E5M2FNUZ",
        DataType.Uint4 => "UINT4",
        DataType.Int4 => "INT4",
        DataType.Float4E2M1 => "FLOAT4E2M1",
        _ => $"code {code}",
    };
}
