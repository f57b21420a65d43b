using System.Text;

namespace Coex.Search;

/// <summary>
/// One categorical decision of a search space: a name and its choices, each an integer value with a label
/// (e.g. dataflow 0 labelled "OS"). Samplers see only the choice index; decoders read <see cref="Values"/>.
/// </summary>
public sealed record Dimension
{
    public Dimension(string name, IReadOnlyList<int> values, IReadOnlyList<string>? labels = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
            throw new ArgumentException($"Dimension '{name}' needs at least one choice.", nameof(values));
        if (labels is not null && labels.Count != values.Count)
            throw new ArgumentException($"Dimension '{name}' has {values.Count} values but {labels.Count} labels.", nameof(labels));
        Name = name;
        Values = values;
        Labels = labels ?? values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    public string Name { get; }
    public IReadOnlyList<int> Values { get; }
    public IReadOnlyList<string> Labels { get; }
    public int Count => Values.Count;
}

/// <summary>
/// A search space declared as data: an ordered list of <see cref="Dimension"/>s. A point is one choice index per
/// dimension (an <c>int[]</c>); every sampler works on points, every decoder turns a point into a model or a machine.
/// </summary>
public sealed class SearchSpace
{
    public SearchSpace(string name, IEnumerable<Dimension> dimensions)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(dimensions);
        Name = name;
        Dimensions = dimensions.ToArray();
        var duplicate = Dimensions.GroupBy(d => d.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Search space '{name}' has two dimensions named '{duplicate.Key}'.", nameof(dimensions));
    }

    public string Name { get; }
    public IReadOnlyList<Dimension> Dimensions { get; }

    /// <summary>Number of points (as a double: joint spaces overflow 64 bits).</summary>
    public double Size => Dimensions.Aggregate(1.0, (a, d) => a * d.Count);

    /// <summary>The index of the dimension called <paramref name="name"/>; throws when there is none.</summary>
    public int IndexOf(string name)
    {
        for (int i = 0; i < Dimensions.Count; i++)
            if (Dimensions[i].Name == name)
                return i;
        throw new ArgumentException($"Search space '{Name}' has no dimension '{name}'.", nameof(name));
    }

    /// <summary>The value chosen for dimension <paramref name="name"/> at <paramref name="point"/>.</summary>
    public int Value(ReadOnlySpan<int> point, string name)
    {
        int d = IndexOf(name);
        return Dimensions[d].Values[point[d]];
    }

    /// <summary>A uniformly random point.</summary>
    public int[] Sample(Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var point = new int[Dimensions.Count];
        for (int i = 0; i < point.Length; i++)
            point[i] = rng.Next(Dimensions[i].Count);
        return point;
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="point"/> has one valid index per dimension.</summary>
    public void Check(ReadOnlySpan<int> point)
    {
        if (point.Length != Dimensions.Count)
            throw new ArgumentException($"A point of '{Name}' has {Dimensions.Count} indices; got {point.Length}.", nameof(point));
        for (int i = 0; i < point.Length; i++)
            if ((uint)point[i] >= (uint)Dimensions[i].Count)
                throw new ArgumentException($"'{Name}'.{Dimensions[i].Name}: index {point[i]} is outside [0, {Dimensions[i].Count}).", nameof(point));
    }

    /// <summary>"name=label ..." for a point, for tables and trial records.</summary>
    public string Describe(ReadOnlySpan<int> point)
    {
        Check(point);
        var text = new StringBuilder();
        for (int i = 0; i < point.Length; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append(Dimensions[i].Name).Append('=').Append(Dimensions[i].Labels[point[i]]);
        }
        return text.ToString();
    }

    /// <summary>The space as text: one line per dimension with its choices, and the total size.</summary>
    public string Print()
    {
        var text = new StringBuilder();
        text.AppendLine($"{Name}: {Dimensions.Count} dimensions, {Size:0.###e+0} points");
        int width = Dimensions.Max(d => d.Name.Length);
        foreach (var d in Dimensions)
            text.AppendLine($"  {d.Name.PadRight(width)}  {{{string.Join(", ", d.Labels)}}}");
        return text.ToString();
    }

    /// <summary>The spaces side by side: a point of the result is the points of the parts, concatenated.</summary>
    public static SearchSpace Concat(string name, params SearchSpace[] parts) =>
        new(name, parts.SelectMany(p => p.Dimensions));

    /// <summary>The stable text key of a point ("1,0,3"), used for caches and hashes.</summary>
    public static string Key(ReadOnlySpan<int> point)
    {
        var text = new StringBuilder();
        for (int i = 0; i < point.Length; i++)
        {
            if (i > 0) text.Append(',');
            text.Append(point[i]);
        }
        return text.ToString();
    }

    /// <summary>Parses <see cref="Key"/>'s text back into a point.</summary>
    public static int[] ParseKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length == 0 ? [] : key.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }
}
