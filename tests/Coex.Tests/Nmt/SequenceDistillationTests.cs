using Coex.Nmt;

namespace Coex.Tests.Nmt;

public class SequenceDistillationTests
{
    [Fact]
    public void Targets_are_the_teachers_greedy_or_beam_translations()
    {
        var teacher = Seq2SeqModel.Create(new Seq2SeqConfig { VocabSize = 64, Dim = 16, Heads = 2, FfnDim = 32, Layers = 1, MaxLength = 24, Seed = 3 });
        var rng = new Random(4);
        var sources = Enumerable.Range(0, 4).Select(i => Enumerable.Range(0, 2 + i).Select(_ => rng.Next(4, 64)).ToArray()).ToList();
        var seen = new List<int>();
        var greedy = SequenceDistillation.Targets(teacher, sources, progress: seen.Add);
        var beam = SequenceDistillation.Targets(teacher, sources, beam: 3);
        Assert.Equal([1, 2, 3, 4], seen);
        for (int i = 0; i < sources.Count; i++)
        {
            Assert.Same(sources[i], greedy[i].Source);
            Assert.Equal(Decoding.Greedy(teacher, sources[i]), greedy[i].Target);
            Assert.Equal(Decoding.Beam(teacher, sources[i], 3), beam[i].Target);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => SequenceDistillation.Targets(teacher, sources, beam: 0));
    }
}
