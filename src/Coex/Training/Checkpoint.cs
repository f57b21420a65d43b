using System.Buffers.Binary;
using System.Text;
using Coex.Tensors;

namespace Coex.Training;

/// <summary>
/// Saves and loads a model's named F32 tensors (parameters and buffers).
/// </summary>
/// <remarks>
/// Byte layout, all integers little-endian:
/// <code>
/// "COEXCKPT"                8 bytes magic
/// u32 version               1
/// u32 descriptionBytes, UTF-8 description (the model's architecture, informational)
/// u32 tensorCount
/// per tensor: u16 nameBytes, UTF-8 name; u8 dtype (0 = F32); u8 rank; rank × i32 dims; product(dims) × f32
/// </code>
/// Loading checks the magic, version, that every model tensor is present exactly once with the same shape, that no
/// unknown tensor is present, and that the file ends exactly after the last tensor.
/// </remarks>
public static class Checkpoint
{
    private static ReadOnlySpan<byte> Magic => "COEXCKPT"u8;
    public const int Version = 1;

    /// <summary>Writes <paramref name="model"/>'s state to <paramref name="path"/>.</summary>
    public static void Save(Model model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        using var w = new BinaryWriter(stream, Encoding.UTF8);
        var state = model.State().ToList();
        w.Write(Magic);
        w.Write((uint)Version);
        WriteString(w, model.Description, 4);
        w.Write((uint)state.Count);
        foreach (var (name, tensor) in state)
        {
            WriteString(w, name, 2);
            w.Write((byte)0);
            w.Write((byte)tensor.Rank);
            foreach (int d in tensor.Shape)
                w.Write(d);
            // float bytes are little-endian on every platform .NET runs Coex on; BinaryWriter would also write LE.
            if (!BitConverter.IsLittleEndian)
                throw new PlatformNotSupportedException("Checkpoints are written on little-endian machines only.");
            w.Write(tensor.Bytes);
        }
    }

    /// <summary>Reads every tensor of a checkpoint, by name, with the stored description.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid checkpoint; the message names the file and the problem.</exception>
    public static (string Description, IReadOnlyDictionary<string, Tensor> Tensors) Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes = File.ReadAllBytes(path);
        int at = 0;
        ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0 || at + (long)n > bytes.Length)
                throw new InvalidDataException($"Checkpoint '{path}' is truncated at byte {at} (wanted {n} more bytes, file has {bytes.Length}).");
            var s = bytes.AsSpan(at, n);
            at += n;
            return s;
        }
        if (!Take(Magic.Length).SequenceEqual(Magic))
            throw new InvalidDataException($"'{path}' is not a Coex checkpoint (bad magic; expected \"COEXCKPT\").");
        uint version = BinaryPrimitives.ReadUInt32LittleEndian(Take(4));
        if (version != Version)
            throw new InvalidDataException($"Checkpoint '{path}' has version {version}; this Coex reads version {Version}.");
        string description = Encoding.UTF8.GetString(Take(checked((int)BinaryPrimitives.ReadUInt32LittleEndian(Take(4)))));
        uint count = BinaryPrimitives.ReadUInt32LittleEndian(Take(4));
        var tensors = new Dictionary<string, Tensor>();
        for (uint i = 0; i < count; i++)
        {
            string name = Encoding.UTF8.GetString(Take(BinaryPrimitives.ReadUInt16LittleEndian(Take(2))));
            byte dtype = Take(1)[0];
            if (dtype != 0)
                throw new InvalidDataException($"Checkpoint '{path}': tensor '{name}' has dtype code {dtype}; only 0 (F32) is defined.");
            int rank = Take(1)[0];
            var dims = new int[rank];
            long elements = 1;
            for (int d = 0; d < rank; d++)
            {
                dims[d] = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
                if (dims[d] < 0)
                    throw new InvalidDataException($"Checkpoint '{path}': tensor '{name}' has negative dimension {dims[d]}.");
                elements *= dims[d];
                if (elements > bytes.Length)
                    throw new InvalidDataException($"Checkpoint '{path}': tensor '{name}' declares more elements than the file holds.");
            }
            var data = Take(checked((int)elements * 4));
            if (!tensors.TryAdd(name, Tensor.FromSpan(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(data), dims)))
                throw new InvalidDataException($"Checkpoint '{path}' holds tensor '{name}' twice.");
        }
        if (at != bytes.Length)
            throw new InvalidDataException($"Checkpoint '{path}' has {bytes.Length - at} unexpected bytes after its last tensor.");
        return (description, tensors);
    }

    /// <summary>Copies a checkpoint's tensors into <paramref name="model"/>, which must have exactly the same names and shapes.</summary>
    public static void Load(Model model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (_, tensors) = Read(path);
        var state = model.State().ToList();
        foreach (var (name, tensor) in state)
        {
            if (!tensors.TryGetValue(name, out var stored))
                throw new InvalidDataException($"Checkpoint '{path}' has no tensor '{name}' that model {model.Description} needs.");
            if (!stored.Shape.SequenceEqual(tensor.Shape))
                throw new InvalidDataException($"Checkpoint '{path}': tensor '{name}' is [{string.Join(", ", stored.Shape.ToArray())}], model {model.Description} needs [{string.Join(", ", tensor.Shape.ToArray())}].");
        }
        var unknown = tensors.Keys.Except(state.Select(s => s.Name)).ToList();
        if (unknown.Count > 0)
            throw new InvalidDataException($"Checkpoint '{path}' holds tensors model {model.Description} does not have: {string.Join(", ", unknown)}.");
        foreach (var (name, tensor) in state)
            tensors[name].AsSpan<float>().CopyTo(tensor.AsSpan<float>());
        foreach (var p in model.Parameters)
            p.MarkChanged();
    }

    private static void WriteString(BinaryWriter w, string s, int lengthBytes)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        if (lengthBytes == 2)
        {
            if (bytes.Length > ushort.MaxValue)
                throw new ArgumentException($"Tensor name '{s[..40]}…' is longer than {ushort.MaxValue} bytes.");
            w.Write((ushort)bytes.Length);
        }
        else
            w.Write((uint)bytes.Length);
        w.Write(bytes);
    }
}
