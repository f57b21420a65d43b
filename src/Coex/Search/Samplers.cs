using Coex.Tensors;
using Coex.Training;
using Coex.Training.Optimizers;

namespace Coex.Search;

/// <summary>What a sampler learns about one point it proposed.</summary>
/// <param name="Reward">The scalar to maximize (single-objective samplers).</param>
/// <param name="Objectives">Objectives to minimize (NSGA-II), e.g. [1 − accuracy, latency, energy].</param>
/// <param name="Feasible">False for points that violate the constraints (pruned before training): NSGA-II ranks
/// every feasible point above every infeasible one.</param>
public sealed record Observation(double Reward, double[] Objectives, bool Feasible);

/// <summary>
/// Proposes points of a <see cref="SearchSpace"/> one at a time and learns from each one's <see cref="Observation"/>.
/// Calls alternate: <see cref="Propose"/>, then <see cref="Observe"/> for that point. Deterministic for a seed, so a
/// resumed search that replays the stored observations proposes exactly the same points again.
/// </summary>
public abstract class Sampler
{
    protected Sampler(SearchSpace space, int seed)
    {
        Space = space ?? throw new ArgumentNullException(nameof(space));
        Rng = new Random(seed);
    }

    public SearchSpace Space { get; }
    protected Random Rng { get; }
    public abstract string Name { get; }
    public abstract int[] Propose();
    public abstract void Observe(int[] point, Observation observation);

    /// <summary>
    /// Creates a sampler by name: random, evolution, reinforce or nsga2. Population sizes follow the expected number of
    /// samples <paramref name="budget"/> (a third of it, 4–16), so small budgets still get past the random start.
    /// </summary>
    public static Sampler Create(string name, SearchSpace space, int seed, int budget = 48) => name switch
    {
        "random" => new RandomSampler(space, seed),
        "evolution" => new RegularizedEvolution(space, seed, Math.Clamp(budget / 3, 4, 16)),
        "reinforce" => new ReinforceSampler(space, seed),
        "nsga2" => new Nsga2Sampler(space, seed, Math.Clamp(budget / 3, 4, 12)),
        _ => throw new ArgumentException($"Unknown sampler '{name}'; use random, evolution, reinforce or nsga2.", nameof(name)),
    };

    public static IReadOnlyList<string> Names => ["random", "evolution", "reinforce", "nsga2"];

    /// <summary>A copy of <paramref name="point"/> with each dimension re-drawn (to a different choice) with
    /// probability <paramref name="rate"/>, and at least one dimension changed when any has a second choice.</summary>
    protected int[] Mutate(int[] point, double rate)
    {
        var child = (int[])point.Clone();
        var mutable = Enumerable.Range(0, child.Length).Where(d => Space.Dimensions[d].Count > 1).ToArray();
        if (mutable.Length == 0) return child;
        bool changed = false;
        foreach (int d in mutable)
            if (Rng.NextDouble() < rate)
            {
                Redraw(child, d);
                changed = true;
            }
        if (!changed)
            Redraw(child, mutable[Rng.Next(mutable.Length)]);
        return child;
    }

    private void Redraw(int[] point, int d)
    {
        int count = Space.Dimensions[d].Count;
        point[d] = (point[d] + 1 + Rng.Next(count - 1)) % count;
    }
}

/// <summary>Uniform random points: the baseline every sampler must beat.</summary>
public sealed class RandomSampler(SearchSpace space, int seed) : Sampler(space, seed)
{
    public override string Name => "random";
    public override int[] Propose() => Space.Sample(Rng);
    public override void Observe(int[] point, Observation observation) { }
}

/// <summary>
/// Regularized (aging) evolution, Real et al. 2019: a population of the last <see cref="PopulationSize"/> points;
/// each child mutates one dimension of the best of <see cref="TournamentSize"/> random members, and the oldest
/// member dies. The first <see cref="PopulationSize"/> points are random.
/// </summary>
public sealed class RegularizedEvolution(SearchSpace space, int seed, int populationSize = 16, int tournamentSize = 4) : Sampler(space, seed)
{
    private readonly Queue<(int[] Point, double Reward)> _population = new();
    private int _observed;

    public int PopulationSize { get; } = populationSize > 1 ? populationSize : throw new ArgumentOutOfRangeException(nameof(populationSize));
    public int TournamentSize { get; } = tournamentSize > 0 ? tournamentSize : throw new ArgumentOutOfRangeException(nameof(tournamentSize));
    public override string Name => "evolution";

    public override int[] Propose()
    {
        if (_observed < PopulationSize)
            return Space.Sample(Rng);
        var members = _population.ToArray();
        var parent = members[Rng.Next(members.Length)];
        for (int i = 1; i < TournamentSize; i++)
        {
            var candidate = members[Rng.Next(members.Length)];
            if (candidate.Reward > parent.Reward) parent = candidate;
        }
        return Mutate(parent.Point, 0);
    }

    public override void Observe(int[] point, Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        _observed++;
        _population.Enqueue(((int[])point.Clone(), observation.Reward));
        if (_population.Count > PopulationSize)
            _population.Dequeue();
    }
}

/// <summary>
/// REINFORCE (Williams 1992) with a factorized policy: one softmax per dimension over its choices, logits trained with
/// Coex's own autograd (<see cref="Tape"/>) and Adam. The gradient of −(R − b)·log π(point) moves probability towards
/// points that beat the baseline b, an exponential moving average of past rewards.
/// </summary>
public sealed class ReinforceSampler : Sampler
{
    private readonly Parameter[] _logits;
    private readonly AdamW _optimizer;
    private double _baseline;
    private bool _hasBaseline;

    public ReinforceSampler(SearchSpace space, int seed, float learningRate = 0.1f, double baselineDecay = 0.9) : base(space, seed)
    {
        _logits = space.Dimensions.Select(d => new Parameter($"policy.{d.Name}", Tensor.Zeros(DType.F32, 1, d.Count))).ToArray();
        _optimizer = new AdamW(_logits, learningRate, weightDecay: 0f);
        BaselineDecay = baselineDecay;
    }

    public double BaselineDecay { get; }
    public override string Name => "reinforce";

    /// <summary>The policy's current probabilities of dimension <paramref name="d"/>.</summary>
    public double[] Probabilities(int d)
    {
        var logits = _logits[d].Value.AsSpan<float>();
        float max = float.NegativeInfinity;
        foreach (float l in logits) max = MathF.Max(max, l);
        var p = new double[logits.Length];
        double sum = 0;
        for (int i = 0; i < p.Length; i++) sum += p[i] = Math.Exp(logits[i] - max);
        for (int i = 0; i < p.Length; i++) p[i] /= sum;
        return p;
    }

    public override int[] Propose()
    {
        var point = new int[_logits.Length];
        for (int d = 0; d < point.Length; d++)
        {
            var p = Probabilities(d);
            double u = Rng.NextDouble(), cumulative = 0;
            int choice = p.Length - 1;
            for (int i = 0; i < p.Length; i++)
                if (u < (cumulative += p[i])) { choice = i; break; }
            point[d] = choice;
        }
        return point;
    }

    public override void Observe(int[] point, Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        Space.Check(point);
        if (!_hasBaseline)
        {
            _baseline = observation.Reward;
            _hasBaseline = true;
            return;
        }
        float advantage = (float)(observation.Reward - _baseline);
        _baseline = BaselineDecay * _baseline + (1 - BaselineDecay) * observation.Reward;
        _optimizer.ZeroGrad();
        for (int d = 0; d < _logits.Length; d++)
        {
            // −log π_d(choice) is the cross-entropy of the logits against the chosen index; seeding its gradient
            // with the advantage gives ∇[−(R − b)·log π_d].
            var tape = new Tape(training: true, recording: true, threads: 1);
            var negLogP = tape.SoftmaxCrossEntropy(_logits[d], [point[d]]);
            tape.Backward(negLogP, [advantage]);
        }
        _optimizer.Step();
    }
}

/// <summary>
/// NSGA-II (Deb et al. 2002): generations of <see cref="PopulationSize"/> children bred from the parents by binary
/// tournament on (front rank, crowding distance), uniform crossover and per-dimension mutation; parents and children
/// are merged and the best <see cref="PopulationSize"/> by non-dominated sort and crowding survive. Infeasible points
/// rank below every feasible one (constraint domination).
/// </summary>
public sealed class Nsga2Sampler(SearchSpace space, int seed, int populationSize = 12) : Sampler(space, seed)
{
    private readonly Queue<int[]> _pending = new();
    private readonly List<(int[] Point, Observation Observation)> _children = [];
    private List<(int[] Point, Observation Observation)> _parents = [];
    private int[] _rank = [];
    private double[] _crowding = [];

    public int PopulationSize { get; } = populationSize > 1 ? populationSize : throw new ArgumentOutOfRangeException(nameof(populationSize));
    public override string Name => "nsga2";

    /// <summary>The current parent population (after the last completed generation).</summary>
    public IReadOnlyList<(int[] Point, Observation Observation)> Population => _parents;

    public override int[] Propose()
    {
        if (_pending.Count == 0)
        {
            for (int i = 0; i < PopulationSize; i++)
                _pending.Enqueue(_parents.Count == 0 ? Space.Sample(Rng) : Breed());
        }
        return _pending.Dequeue();
    }

    public override void Observe(int[] point, Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        _children.Add(((int[])point.Clone(), observation));
        if (_children.Count < PopulationSize) return;
        var merged = _parents.Concat(_children).ToList();
        _children.Clear();
        _pending.Clear();
        var (ranks, crowding) = Rank(merged);
        var order = Enumerable.Range(0, merged.Count).OrderBy(i => ranks[i]).ThenByDescending(i => crowding[i]).ThenBy(i => i).Take(PopulationSize).ToArray();
        _parents = order.Select(i => merged[i]).ToList();
        _rank = order.Select(i => ranks[i]).ToArray();
        _crowding = order.Select(i => crowding[i]).ToArray();
    }

    /// <summary>Front rank (feasible fronts first, then infeasible ones) and crowding distance of each member.</summary>
    private static (int[] Ranks, double[] Crowding) Rank(List<(int[] Point, Observation Observation)> members)
    {
        var ranks = new int[members.Count];
        var crowding = new double[members.Count];
        int offset = 0;
        foreach (bool feasible in new[] { true, false })
        {
            var group = Enumerable.Range(0, members.Count).Where(i => members[i].Observation.Feasible == feasible).ToArray();
            if (group.Length == 0) continue;
            // Infeasible points are ranked by their objectives too (they carry how far they missed), below all feasible fronts.
            var objectives = group.Select(i => members[i].Observation.Objectives).ToArray();
            var fronts = Pareto.NonDominatedSort(objectives);
            for (int f = 0; f < fronts.Count; f++)
            {
                var distance = Pareto.CrowdingDistance(objectives, fronts[f]);
                for (int j = 0; j < fronts[f].Count; j++)
                {
                    ranks[group[fronts[f][j]]] = offset + f;
                    crowding[group[fronts[f][j]]] = distance[j];
                }
            }
            offset += fronts.Count;
        }
        return (ranks, crowding);
    }

    private int[] Breed()
    {
        var a = Tournament();
        var b = Tournament();
        var child = new int[a.Length];
        for (int d = 0; d < child.Length; d++)
            child[d] = Rng.Next(2) == 0 ? a[d] : b[d];
        return Mutate(child, 1.0 / child.Length);
    }

    private int[] Tournament()
    {
        int i = Rng.Next(_parents.Count), j = Rng.Next(_parents.Count);
        bool iWins = _rank[i] != _rank[j] ? _rank[i] < _rank[j] : _crowding[i] >= _crowding[j];
        return _parents[iWins ? i : j].Point;
    }
}
