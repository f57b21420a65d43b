using Coex.Tensors;
using Coex.Training;
using Coex.Training.Optimizers;

namespace Coex.Search;

/// <summary>What a sampler learns about one point it proposed.</summary>
/// <param name="Reward">The scalar to maximize (single-objective samplers).</param>
/// <param name="Objectives">Objectives to minimize (NSGA-II), e.g. [1 − accuracy, latency, energy].</param>
/// <param name="Feasible">False for points that violate the constraints (pruned before training): NSGA-II ranks
/// every feasible point above every infeasible one.</param>
/// <param name="Violation">How far an infeasible point missed the constraints (≥ 0; e.g. the summed relative excess over
/// the limits, +∞ when nothing could be measured): NSGA-II orders infeasible points by it. 0 for feasible points.</param>
/// <param name="SpentBudget">Whether evaluating the point spent the search's budget (a new training); null: feasible
/// points did. NSGA-II counts its generations in such points, so free evaluations (pruned, or an architecture already
/// trained) do not buy extra generations.</param>
public sealed record Observation(double Reward, double[] Objectives, bool Feasible, double Violation = 0, bool? SpentBudget = null)
{
    /// <summary><see cref="SpentBudget"/>, or <see cref="Feasible"/> when it was not given.</summary>
    public bool Spent => SpentBudget ?? Feasible;

    public double Violation { get; init; } = Violation >= 0 ? Violation
        : throw new ArgumentOutOfRangeException(nameof(Violation), $"A constraint violation is ≥ 0 (+∞ allowed); got {Violation}.");
}

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
/// NSGA-II (Deb et al. 2002) for searches that prune infeasible points before training. Each generation breeds children
/// one at a time from the parents (binary tournament on front rank and crowding distance, uniform crossover,
/// per-dimension mutation) until <see cref="PopulationSize"/> of them spent the budget (<see cref="Observation.Spent"/>:
/// new trainings; by default, feasible children), or <see cref="MaxChildrenPerGeneration"/>
/// were proposed; then parents and children are merged and the best <see cref="PopulationSize"/> survive under Deb's
/// constraint domination: feasible points by non-dominated sort and crowding, every infeasible point below them, ordered
/// by its constraint violation (not by its objectives). Parents are drawn only from feasible members while there are any.
/// </summary>
/// <remarks>
/// Counting a generation in trainings matters at an equal training budget: pruned children cost no training, and neither
/// does another bit width for an architecture already trained, so a generation counted in proposals (or in feasible
/// children) lets a search that gets more free evaluations (the sequential baseline, pruning against its one machine)
/// run more generations for the same trainings. Counted in trainings, every generation costs
/// <see cref="PopulationSize"/> of the budget whatever the pruning rate. Children already proposed once are re-bred (up to
/// a few tries), so a generation's slots go to new points rather than to free cache hits.
/// </remarks>
public sealed class Nsga2Sampler : Sampler
{
    private const int DuplicateRetries = 16;
    private readonly List<(int[] Point, Observation Observation)> _children = [];
    private readonly HashSet<string> _proposed = [];
    private readonly List<(int Children, int Feasible, int Spent)> _generations = [];
    private List<(int[] Point, Observation Observation)> _parents = [];
    private int[] _rank = [];
    private double[] _crowding = [];

    public Nsga2Sampler(SearchSpace space, int seed, int populationSize = 12, int maxChildrenPerGeneration = 0) : base(space, seed)
    {
        PopulationSize = populationSize > 1 ? populationSize : throw new ArgumentOutOfRangeException(nameof(populationSize));
        MaxChildrenPerGeneration = maxChildrenPerGeneration == 0 ? 8 * populationSize
            : maxChildrenPerGeneration >= populationSize ? maxChildrenPerGeneration
            : throw new ArgumentOutOfRangeException(nameof(maxChildrenPerGeneration), $"A generation needs room for {populationSize} children; got {maxChildrenPerGeneration}.");
    }

    public int PopulationSize { get; }
    /// <summary>Children after which a generation closes even if fewer than <see cref="PopulationSize"/> spent the budget
    /// (default 8 × the population): a search confined to a tiny feasible region still moves on.</summary>
    public int MaxChildrenPerGeneration { get; }
    public override string Name => "nsga2";

    /// <summary>The current parent population (after the last completed generation).</summary>
    public IReadOnlyList<(int[] Point, Observation Observation)> Population => _parents;

    /// <summary>Completed generations (the first is the random start): children proposed, how many were feasible and how
    /// many spent the budget.</summary>
    public IReadOnlyList<(int Children, int Feasible, int Spent)> Generations => _generations;

    public override int[] Propose()
    {
        int[] child = Next();
        for (int i = 0; i < DuplicateRetries && _proposed.Contains(SearchSpace.Key(child)); i++)
            child = Next();
        _proposed.Add(SearchSpace.Key(child));
        return child;
    }

    private int[] Next() => _parents.Count == 0 ? Space.Sample(Rng) : Breed();

    public override void Observe(int[] point, Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        _children.Add(((int[])point.Clone(), observation));
        int spent = _children.Count(c => c.Observation.Spent);
        if (spent < PopulationSize && _children.Count < MaxChildrenPerGeneration) return;
        _generations.Add((_children.Count, _children.Count(c => c.Observation.Feasible), spent));
        var merged = _parents.Concat(_children).ToList();
        _children.Clear();
        var (ranks, crowding) = Rank(merged.Select(m => m.Observation).ToList());
        var order = Enumerable.Range(0, merged.Count).OrderBy(i => ranks[i]).ThenByDescending(i => crowding[i]).ThenBy(i => i).Take(PopulationSize).ToArray();
        _parents = order.Select(i => merged[i]).ToList();
        _rank = order.Select(i => ranks[i]).ToArray();
        _crowding = order.Select(i => crowding[i]).ToArray();
    }

    /// <summary>
    /// Constraint-domination ranks (lower is better) and crowding distances: feasible points get their non-dominated
    /// front, infeasible ones rank below all of them in order of violation (equal violations share a rank, crowding 0).
    /// </summary>
    public static (int[] Ranks, double[] Crowding) Rank(IReadOnlyList<Observation> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var ranks = new int[members.Count];
        var crowding = new double[members.Count];
        var feasible = Enumerable.Range(0, members.Count).Where(i => members[i].Feasible).ToArray();
        var objectives = feasible.Select(i => members[i].Objectives).ToArray();
        var fronts = Pareto.NonDominatedSort(objectives);
        for (int f = 0; f < fronts.Count; f++)
        {
            var distance = Pareto.CrowdingDistance(objectives, fronts[f]);
            for (int j = 0; j < fronts[f].Count; j++)
            {
                ranks[feasible[fronts[f][j]]] = f;
                crowding[feasible[fronts[f][j]]] = distance[j];
            }
        }
        var violations = Enumerable.Range(0, members.Count).Where(i => !members[i].Feasible).Select(i => members[i].Violation).Distinct().Order().ToList();
        for (int i = 0; i < members.Count; i++)
            if (!members[i].Feasible)
                ranks[i] = fronts.Count + violations.IndexOf(members[i].Violation);
        return (ranks, crowding);
    }

    /// <summary>The parents tournaments draw from: the feasible ones, or all when none is feasible.</summary>
    internal static int[] SelectionPool(IReadOnlyList<Observation> parents)
    {
        var feasible = Enumerable.Range(0, parents.Count).Where(i => parents[i].Feasible).ToArray();
        return feasible.Length > 0 ? feasible : Enumerable.Range(0, parents.Count).ToArray();
    }

    private int[] Breed()
    {
        var pool = SelectionPool(_parents.Select(p => p.Observation).ToList());
        var a = Tournament(pool);
        var b = Tournament(pool);
        var child = new int[a.Length];
        for (int d = 0; d < child.Length; d++)
            child[d] = Rng.Next(2) == 0 ? a[d] : b[d];
        return Mutate(child, 1.0 / child.Length);
    }

    private int[] Tournament(int[] pool)
    {
        int i = pool[Rng.Next(pool.Length)], j = pool[Rng.Next(pool.Length)];
        bool iWins = _rank[i] != _rank[j] ? _rank[i] < _rank[j] : _crowding[i] >= _crowding[j];
        return _parents[iWins ? i : j].Point;
    }
}
