using Coex.Training.Data;

namespace Coex.Tests.Training;

public class DataLoaderTests
{
    private static ImageDataset Synthetic(int count)
    {
        var rng = new Random(3);
        var pixels = new byte[count * 2 * 4 * 5];
        rng.NextBytes(pixels);
        return new ImageDataset(pixels, Enumerable.Range(0, count).Select(i => i % 3).ToArray(), 2, 4, 5, 3);
    }

    [Fact]
    public void Epochs_are_seeded_permutations_with_normalization()
    {
        var ds = Synthetic(10);
        var loader = new DataLoader(ds, 4, new DataOptions { Mean = 0.5f, Std = 0.25f }, shuffle: true, seed: 7);
        Assert.Equal(3, loader.BatchCount);
        var batches = loader.Epoch(0).ToList();
        Assert.Equal([4, 4, 2], batches.Select(b => b.Count));
        Assert.Equal([4, 2, 4, 5], batches[0].Images.Shape.ToArray());
        // Each image appears once; find it by its normalized pixels.
        var seen = new HashSet<int>();
        foreach (var b in batches)
            for (int i = 0; i < b.Count; i++)
            {
                var img = b.Images.AsSpan<float>().Slice(i * 40, 40).ToArray();
                int match = Enumerable.Range(0, ds.Count).Single(j => Enumerable.Range(0, 40).All(p => Math.Abs((ds.Image(j)[p] / 255f - 0.5f) / 0.25f - img[p]) < 1e-5f));
                Assert.True(seen.Add(match));
                Assert.Equal(ds.Label(match), b.Labels[i]);
            }
        Assert.Equal(10, seen.Count);
        var again = loader.Epoch(0).ToList();
        Assert.Equal(batches.SelectMany(b => b.Labels), again.SelectMany(b => b.Labels));
        Assert.Equal(batches[0].Images.AsSpan<float>().ToArray(), again[0].Images.AsSpan<float>().ToArray());
    }

    [Fact]
    public void Epoch_order_is_the_same_in_every_process()
    {
        // Regression: the epoch generator was seeded through HashCode.Combine, which is randomized per process.
        var ds = new ImageDataset(Enumerable.Range(0, 10).Select(i => (byte)i).ToArray(), new int[10], 1, 1, 1, 1);
        var loader = new DataLoader(ds, 10, new DataOptions(), shuffle: true, seed: 7);
        var order = loader.Epoch(3).Single().Images.AsSpan<float>().ToArray().Select(v => (int)MathF.Round(v * 255)).ToArray();
        Assert.Equal(PinnedOrder, order);
        Assert.Equal(DataLoader.EpochSeed(7, 3), DataLoader.EpochSeed(7, 3));
        Assert.NotEqual(DataLoader.EpochSeed(7, 3), DataLoader.EpochSeed(7, 4));
    }

    private static readonly int[] PinnedOrder = [7, 0, 2, 9, 1, 3, 6, 5, 4, 8];

    [Fact]
    public void Flip_mirrors_and_crop_keeps_shape()
    {
        var ds = Synthetic(1);
        var flip = new DataLoader(ds, 1, new DataOptions { HorizontalFlip = true }, shuffle: false, seed: 0);
        var original = Enumerable.Range(0, 40).Select(p => ds.Image(0)[p] / 255f).ToArray();
        var mirror = Enumerable.Range(0, 40).Select(p => ds.Image(0)[p / 20 * 20 + p % 20 / 5 * 5 + 4 - p % 5] / 255f).ToArray();
        var images = Enumerable.Range(0, 8).Select(e => flip.Epoch(e).Single().Images.AsSpan<float>().ToArray()).ToList();
        Assert.All(images, img => Assert.True(Near(img, original) || Near(img, mirror)));
        Assert.Contains(images, img => Near(img, mirror));
        Assert.Contains(images, img => Near(img, original));
        var crop = new DataLoader(ds, 1, new DataOptions { CropPadding = 2 }, shuffle: false, seed: 0);
        Assert.Equal([1, 2, 4, 5], crop.Epoch(0).Single().Images.Shape.ToArray());
    }

    private static bool Near(float[] a, float[] b) => a.Zip(b).All(p => Math.Abs(p.First - p.Second) < 1e-6f);

    [Fact]
    public void Split_is_disjoint_and_seeded()
    {
        var ds = new ImageDataset(Enumerable.Range(0, 20).Select(i => (byte)i).ToArray(), new int[20], 1, 1, 1, 1);
        var (train, val) = ds.Split(5, seed: 1);
        Assert.Equal(15, train.Count);
        Assert.Equal(5, val.Count);
        var all = Enumerable.Range(0, 15).Select(i => train.Image(i)[0]).Concat(Enumerable.Range(0, 5).Select(i => val.Image(i)[0]));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => (byte)i), all.Order());
        var (_, val2) = ds.Split(5, seed: 1);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => val.Image(i)[0]), Enumerable.Range(0, 5).Select(i => val2.Image(i)[0]));
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new ImageDataset(new byte[5], [0], 1, 2, 2, 1));
        Assert.Throws<ArgumentException>(() => new ImageDataset(new byte[4], [3], 1, 2, 2, 2));
        Assert.Throws<ArgumentException>(() => new DataLoader(Synthetic(2), 1, new DataOptions { Std = 0 }, true, 0));
    }
}
