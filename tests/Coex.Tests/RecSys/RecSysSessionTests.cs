using Coex.Kernels.Embedding;
using Coex.Onnx;
using Coex.RecSys;
using Coex.Tensors;
using Microsoft.ML.OnnxRuntime;
using TensorElementType = Microsoft.ML.OnnxRuntime.Tensors.TensorElementType;

namespace Coex.Tests.RecSys;

public class RecSysSessionTests
{
    // Trained once per interaction and shared: the tests only read the model.
    private static readonly Lazy<(DlrmModel, ClickBatch)> Dot = new(() => Train(InteractionKind.Dot));
    private static readonly Lazy<(DlrmModel, ClickBatch)> Concat = new(() => Train(InteractionKind.Concat));

    private static (DlrmModel Model, ClickBatch Batch) TrainedSmall(InteractionKind interaction) =>
        interaction == InteractionKind.Dot ? Dot.Value : Concat.Value;

    private static (DlrmModel Model, ClickBatch Batch) Train(InteractionKind interaction)
    {
        var config = DlrmConfig.Small with { Interaction = interaction };
        var data = new ClickLogGenerator(config, seed: 4);
        var model = new DlrmModel(config, seed: 5);
        DlrmTrainer.Train(model, data, steps: 20, batchSize: 128, threads: 1);
        return (model, data.Next(64));
    }

    private static float[] RunOrt(byte[] model, Dictionary<string, Tensor> inputs)
    {
        using var options = new SessionOptions { LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL, IntraOpNumThreads = 1 };
        using var session = new InferenceSession(model, options);
        var values = inputs.ToDictionary(kv => kv.Key, kv =>
        {
            var v = OrtValue.CreateAllocatedTensorValue(OrtAllocator.DefaultInstance, (TensorElementType)OnnxTypes.FromDType(kv.Value.DType),
                kv.Value.Shape.ToArray().Select(d => (long)d).ToArray());
            kv.Value.Bytes.CopyTo(v.GetTensorMutableRawData());
            return v;
        });
        try
        {
            using var runOptions = new RunOptions();
            using var results = session.Run(runOptions, values, ["probability"]);
            return results[0].GetTensorDataAsSpan<float>().ToArray();
        }
        finally
        {
            foreach (var v in values.Values) v.Dispose();
        }
    }

    [Theory]
    [InlineData(InteractionKind.Dot)]
    [InlineData(InteractionKind.Concat)]
    public void Training_engine_serving_session_coex_runtime_and_ort_agree(InteractionKind interaction)
    {
        var (model, batch) = TrainedSmall(interaction);
        var trained = model.Predict(batch);
        using var session = new RecSysSession(model, EmbeddingPrecision.F32, maxBatch: 64);
        var served = session.Run(batch.Dense, batch.Indices, batch.Offsets).ToArray();
        var bytes = DlrmExport.ToBytes(model);
        var inputs = DlrmExport.Inputs(model.Config, batch);
        var runtime = new Coex.Runtime.InferenceSession(bytes, new Coex.Runtime.SessionOptions { Threads = 1 });
        var coexOnnx = runtime.Run(inputs)["probability"].AsSpan<float>().ToArray();
        var ort = RunOrt(bytes, inputs);
        Assert.Equal(64, ort.Length);
        Assert.True(trained.Distinct().Count() > 10); // a real spread of predictions, not a constant
        for (int i = 0; i < 64; i++)
        {
            Assert.Equal(trained[i], served[i], 5);
            Assert.Equal(trained[i], coexOnnx[i], 5);
            Assert.Equal(trained[i], ort[i], 5);
        }
    }

    [Theory]
    [InlineData(EmbeddingPrecision.F16, 2e-3)]
    [InlineData(EmbeddingPrecision.Int8, 1e-2)]
    [InlineData(EmbeddingPrecision.Int4, 5e-2)]
    public void Quantized_tables_stay_close_to_fp32(EmbeddingPrecision precision, double tolerance)
    {
        var (model, batch) = TrainedSmall(InteractionKind.Dot);
        using var f32 = new RecSysSession(model, EmbeddingPrecision.F32, maxBatch: 64);
        using var quantized = new RecSysSession(model, precision, maxBatch: 64);
        var a = f32.Run(batch.Dense, batch.Indices, batch.Offsets).ToArray();
        var b = quantized.Run(batch.Dense, batch.Indices, batch.Offsets).ToArray();
        Assert.True(a.Zip(b).Max(p => Math.Abs(p.First - p.Second)) <= tolerance);
        Assert.True(quantized.EmbeddingBytes < f32.EmbeddingBytes);
    }

    [Fact]
    public void Run_allocates_nothing_after_warm_up()
    {
        var (model, batch) = TrainedSmall(InteractionKind.Dot);
        using var session = new RecSysSession(model, EmbeddingPrecision.Int8, maxBatch: 64, threads: 1);
        var one = RecSysSession.Slice(batch, 0, 1);
        long bytes = SteadyStateAllocation.FewestBytesPerRound(() =>
        {
            for (int i = 0; i < 20; i++)
            {
                session.Run(batch.Dense, batch.Indices, batch.Offsets);
                session.Run(one.Dense, one.Indices, one.Offsets);
            }
        });
        Assert.Equal(0, bytes);
    }

    [Fact]
    public void Bad_requests_are_refused_clearly()
    {
        var (model, batch) = TrainedSmall(InteractionKind.Dot);
        using var session = new RecSysSession(model, EmbeddingPrecision.Int4, maxBatch: 64);
        var ids = (int[])batch.Indices.Clone();
        ids[^1] = 1_000_000; // the last table has 2 000 rows
        var e = Assert.Throws<EmbeddingIndexException>(() => session.Run(batch.Dense, ids, batch.Offsets));
        Assert.Contains("emb.25", e.Message);
        Assert.Throws<ArgumentException>(() => session.Run(new float[65 * 13], batch.Indices, batch.Offsets));
        Assert.Throws<EmbeddingIndexException>(() => session.Run(batch.Dense, batch.Indices, batch.Offsets[..^1]));
    }
}
