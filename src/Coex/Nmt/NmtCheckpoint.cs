using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Coex.Tensors;

namespace Coex.Nmt;

/// <summary>
/// Saves a translation model with its tokenizer in one file and loads it back.
/// </summary>
/// <remarks>
/// Layout (little-endian): <c>"COEXNMT1"</c>; i32 length + UTF-8 JSON of the <see cref="Seq2SeqConfig"/>; i32 length + UTF-8
/// tokenizer file (<see cref="BpeTokenizer.Save"/> text); i32 tensor count; per tensor: i32 length + UTF-8 name, i32 rank,
/// rank × i32 dims, the floats. Loading checks that names and shapes match the model the config builds.
/// </remarks>
public static class NmtCheckpoint
{
    private static ReadOnlySpan<byte> Magic => "COEXNMT1"u8;
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Writes the model atomically (<see cref="WriteAtomically"/>).</summary>
    public static void Save(Seq2SeqModel model, BpeTokenizer tokenizer, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(tokenizer);
        string tokenizerPath = Path.GetTempFileName();
        try
        {
            tokenizer.Save(tokenizerPath);
            WriteAtomically(path, w => Write(w, model, tokenizerPath));
        }
        finally
        {
            File.Delete(tokenizerPath);
        }
    }

    /// <summary>Writes to a temporary file beside <paramref name="path"/> and then renames it, so a process stopped
    /// while saving leaves the previous file whole.</summary>
    internal static void WriteAtomically(string path, Action<BinaryWriter> write)
    {
        string partial = path + ".partial";
        try
        {
            using (var w = new BinaryWriter(File.Create(partial), Encoding.UTF8))
                write(w);
            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static void Write(BinaryWriter w, Seq2SeqModel model, string tokenizerPath)
    {
        w.Write(Magic);
        WriteBytes(w, JsonSerializer.SerializeToUtf8Bytes(model.Config, Json));
        WriteBytes(w, File.ReadAllBytes(tokenizerPath));
        var parameters = model.Parameters().ToList();
        w.Write(parameters.Count);
        foreach (var p in parameters)
        {
            WriteBytes(w, Encoding.UTF8.GetBytes(p.Name));
            w.Write(p.Shape.Length);
            foreach (int d in p.Shape) w.Write(d);
            foreach (float f in p.Data) w.Write(f);
        }
    }

    /// <exception cref="InvalidDataException">Not a Coex NMT checkpoint, truncated, or tensors that do not fit the config.</exception>
    public static (Seq2SeqModel Model, BpeTokenizer Tokenizer) Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Model file '{path}' not found (make one with `coex nmt train`).", path);
        using var r = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        try
        {
            if (!r.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
                throw new InvalidDataException($"'{path}' is not a Coex NMT model (bad magic).");
            var config = JsonSerializer.Deserialize<Seq2SeqConfig>(ReadBytes(r, path), Json)
                ?? throw new InvalidDataException($"'{path}': empty model config.");
            string tokenizerPath = Path.GetTempFileName();
            BpeTokenizer tokenizer;
            try
            {
                File.WriteAllBytes(tokenizerPath, ReadBytes(r, path));
                tokenizer = BpeTokenizer.Load(tokenizerPath);
            }
            finally
            {
                File.Delete(tokenizerPath);
            }
            var model = Seq2SeqModel.Create(config);
            var parameters = model.Parameters().ToDictionary(p => p.Name);
            int count = r.ReadInt32();
            if (count != parameters.Count)
                throw new InvalidDataException($"'{path}' holds {count} tensors; the model {config} has {parameters.Count}.");
            for (int i = 0; i < count; i++)
            {
                string name = Encoding.UTF8.GetString(ReadBytes(r, path));
                if (!parameters.TryGetValue(name, out var p))
                    throw new InvalidDataException($"'{path}' holds tensor '{name}' that the model {config} does not have.");
                int rank = r.ReadInt32();
                var dims = Enumerable.Range(0, Math.Clamp(rank, 0, 8)).Select(_ => r.ReadInt32()).ToArray();
                if (!dims.AsSpan().SequenceEqual(p.Shape))
                    throw new InvalidDataException($"'{path}': tensor '{name}' is [{string.Join(", ", dims)}]; the model needs [{string.Join(", ", p.Shape.ToArray())}].");
                var data = p.Data;
                for (int j = 0; j < data.Length; j++)
                    data[j] = r.ReadSingle();
                p.MarkChanged();
            }
            if (r.BaseStream.Position != r.BaseStream.Length)
                throw new InvalidDataException($"'{path}' has unexpected bytes after its last tensor.");
            return (model, tokenizer);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"'{path}' is truncated.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{path}': unreadable model config ({e.Message}).");
        }
    }

    private static void WriteBytes(BinaryWriter w, byte[] bytes)
    {
        w.Write(bytes.Length);
        w.Write(bytes);
    }

    private static byte[] ReadBytes(BinaryReader r, string path)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > r.BaseStream.Length - r.BaseStream.Position)
            throw new InvalidDataException($"'{path}' is truncated or corrupt (a field of {n} bytes).");
        return r.ReadBytes(n);
    }
}
