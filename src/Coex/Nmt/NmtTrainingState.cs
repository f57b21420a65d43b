using System.Text;
using Coex.Training.Optimizers;

namespace Coex.Nmt;

/// <summary>
/// Where a training run stood after its last finished epoch, so that `nmt train --resume` continues it exactly: the
/// run it belongs to (model shape, training settings and data size), epochs done and their losses, the optimizer's moments and step
/// count, and a checksum of the model's parameters at that point (a model file saved later or by another run is refused).
/// </summary>
public sealed record NmtTrainingState(string Run, double[] Losses, ulong ModelChecksum, AdamWState Optimizer)
{
    /// <summary>Epochs finished: one loss each.</summary>
    public int EpochsDone => Losses.Length;

    private static ReadOnlySpan<byte> Magic => "COEXNMTS"u8;
    private const int Version = 1;

    /// <summary>FNV-1a over the bits of every parameter value, in the model's parameter order.</summary>
    public static ulong Checksum(Seq2SeqModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        ulong hash = 14695981039346656037;
        foreach (var p in model.Parameters())
            foreach (float f in p.Data)
            {
                hash ^= BitConverter.SingleToUInt32Bits(f);
                hash *= 1099511628211;
            }
        return hash;
    }

    /// <summary>Writes the state atomically (<see cref="NmtCheckpoint.WriteAtomically"/>).</summary>
    public void Save(string path) => NmtCheckpoint.WriteAtomically(path, w =>
    {
        w.Write(Magic);
        w.Write(Version);
        w.Write(Run);
        w.Write(EpochsDone); // kept beside the loss count, which repeats it, so the file format stays as first written
        w.Write(Losses.Length);
        foreach (double loss in Losses) w.Write(loss);
        w.Write(ModelChecksum);
        w.Write(Optimizer.Steps);
        w.Write(Optimizer.First.Count);
        for (int i = 0; i < Optimizer.First.Count; i++)
        {
            float[]? m = Optimizer.First[i], v = Optimizer.Second[i];
            w.Write(m?.Length ?? -1);
            if (m is null || v is null)
                continue;
            foreach (float f in m) w.Write(f);
            foreach (float f in v) w.Write(f);
        }
    });

    /// <exception cref="FileNotFoundException">No state file (the run was not started by this version, or never finished an epoch).</exception>
    /// <exception cref="InvalidDataException">Not a training state, another version, truncated, or inconsistent counts.</exception>
    public static NmtTrainingState Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Training state '{path}' not found: --resume needs the state `nmt train` writes beside its model after every epoch.", path);
        using var r = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        try
        {
            if (!r.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
                throw new InvalidDataException($"'{path}' is not a Coex NMT training state (bad magic).");
            int version = r.ReadInt32();
            if (version != Version)
                throw new InvalidDataException($"'{path}' is training state version {version}; this Coex reads version {Version}.");
            string run = r.ReadString();
            int epochsDone = r.ReadInt32();
            int lossCount = Count(r, path, sizeof(double));
            if (epochsDone < 0 || lossCount != epochsDone)
                throw new InvalidDataException($"'{path}': {epochsDone} epochs done but {lossCount} epoch losses.");
            var losses = new double[lossCount];
            for (int i = 0; i < losses.Length; i++) losses[i] = r.ReadDouble();
            ulong checksum = r.ReadUInt64();
            int steps = r.ReadInt32();
            if (steps < 0)
                throw new InvalidDataException($"'{path}': negative step count {steps}.");
            int parameters = Count(r, path, sizeof(int));
            var first = new float[]?[parameters];
            var second = new float[]?[parameters];
            for (int i = 0; i < parameters; i++)
            {
                int length = r.ReadInt32();
                if (length == -1)
                    continue;
                if (length < 0 || (long)length * 2 * sizeof(float) > r.BaseStream.Length - r.BaseStream.Position)
                    throw new InvalidDataException($"'{path}' is truncated or corrupt (moments of {length} values).");
                first[i] = ReadFloats(r, length);
                second[i] = ReadFloats(r, length);
            }
            if (r.BaseStream.Position != r.BaseStream.Length)
                throw new InvalidDataException($"'{path}' has unexpected bytes after its last moment buffer.");
            return new NmtTrainingState(run, losses, checksum, new AdamWState(steps, first, second));
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"'{path}' is truncated.");
        }
        catch (FormatException) // a damaged string length prefix
        {
            throw new InvalidDataException($"'{path}' is corrupt (an unreadable run key).");
        }
    }

    /// <summary>A count of items of at least <paramref name="itemBytes"/> each, checked against the bytes left.</summary>
    private static int Count(BinaryReader r, string path, int itemBytes)
    {
        int n = r.ReadInt32();
        if (n < 0 || (long)n * itemBytes > r.BaseStream.Length - r.BaseStream.Position)
            throw new InvalidDataException($"'{path}' is truncated or corrupt (a count of {n}).");
        return n;
    }

    private static float[] ReadFloats(BinaryReader r, int n)
    {
        var values = new float[n];
        for (int i = 0; i < n; i++) values[i] = r.ReadSingle();
        return values;
    }
}
