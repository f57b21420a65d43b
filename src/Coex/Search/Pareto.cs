namespace Coex.Search;

/// <summary>Pareto tools over objective vectors that are all minimized.</summary>
public static class Pareto
{
    /// <summary>True when <paramref name="a"/> is no worse than <paramref name="b"/> everywhere and better somewhere.</summary>
    public static bool Dominates(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length)
            throw new ArgumentException($"Objective vectors differ in length ({a.Length} vs {b.Length}).", nameof(b));
        bool better = false;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] > b[i]) return false;
            if (a[i] < b[i]) better = true;
        }
        return better;
    }

    /// <summary>Indices of the non-dominated vectors (duplicates all kept), in input order.</summary>
    /// <remarks>Sorts lexicographically, then keeps each point no kept point dominates: O(N·F) for a front of F,
    /// without the full sort's O(N²) memory, so it suits thousands of hardware points.</remarks>
    public static int[] Front(IReadOnlyList<double[]> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var order = Enumerable.Range(0, points.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            for (int m = 0; m < points[a].Length; m++)
            {
                int c = points[a][m].CompareTo(points[b][m]);
                if (c != 0) return c;
            }
            return a.CompareTo(b);
        });
        // A point can only be dominated by one before it in lexicographic order.
        var front = new List<int>();
        foreach (int i in order)
            if (!front.Any(j => Dominates(points[j], points[i])))
                front.Add(i);
        front.Sort();
        return [.. front];
    }

    /// <summary>
    /// NSGA-II's fast non-dominated sort (Deb et al. 2002): the fronts F1, F2, … as index lists; F1 is the
    /// Pareto front, F2 the front once F1 is removed, and so on. O(M·N²).
    /// </summary>
    public static List<List<int>> NonDominatedSort(IReadOnlyList<double[]> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        int n = points.Count;
        var dominated = new List<int>[n];
        var count = new int[n];
        var fronts = new List<List<int>>();
        var current = new List<int>();
        for (int p = 0; p < n; p++)
        {
            dominated[p] = [];
            for (int q = 0; q < n; q++)
            {
                if (p == q) continue;
                if (Dominates(points[p], points[q])) dominated[p].Add(q);
                else if (Dominates(points[q], points[p])) count[p]++;
            }
            if (count[p] == 0) current.Add(p);
        }
        while (current.Count > 0)
        {
            fronts.Add(current);
            var next = new List<int>();
            foreach (int p in current)
                foreach (int q in dominated[p])
                    if (--count[q] == 0) next.Add(q);
            next.Sort();
            current = next;
        }
        return fronts;
    }

    /// <summary>
    /// NSGA-II's crowding distance of each member of <paramref name="front"/>: the sum over objectives of the
    /// normalized gap between its two neighbours; the extremes get +∞ so they are always kept.
    /// </summary>
    public static double[] CrowdingDistance(IReadOnlyList<double[]> points, IReadOnlyList<int> front)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(front);
        var distance = new double[front.Count];
        if (front.Count == 0) return distance;
        int objectives = points[front[0]].Length;
        var order = new int[front.Count];
        for (int m = 0; m < objectives; m++)
        {
            for (int i = 0; i < order.Length; i++) order[i] = i;
            Array.Sort(order, (a, b) => points[front[a]][m].CompareTo(points[front[b]][m]));
            double low = points[front[order[0]]][m], high = points[front[order[^1]]][m];
            distance[order[0]] = distance[order[^1]] = double.PositiveInfinity;
            if (high <= low) continue;
            for (int i = 1; i < order.Length - 1; i++)
                distance[order[i]] += (points[front[order[i + 1]]][m] - points[front[order[i - 1]]][m]) / (high - low);
        }
        return distance;
    }

    /// <summary>
    /// Area dominated by 2-D points (both minimized) and bounded by <paramref name="reference"/>; points not
    /// strictly better than the reference in both coordinates add nothing.
    /// </summary>
    public static double Hypervolume2D(IEnumerable<(double X, double Y)> points, (double X, double Y) reference)
    {
        ArgumentNullException.ThrowIfNull(points);
        var inside = points.Where(p => p.X < reference.X && p.Y < reference.Y && !double.IsNaN(p.X) && !double.IsNaN(p.Y))
            .OrderBy(p => p.X).ThenBy(p => p.Y).ToList();
        double volume = 0, bestY = reference.Y;
        foreach (var p in inside)
        {
            if (p.Y >= bestY) continue;
            // Sweep in x: this point adds the strip between its y and the lowest y seen so far, out to the reference x.
            volume += (reference.X - p.X) * (bestY - p.Y);
            bestY = p.Y;
        }
        return volume;
    }
}
