namespace ThreeML.Fitting;

/// <summary>The box a global search samples, per free parameter, and the positions of points within it.</summary>
/// <remarks>
/// Each free parameter's box is its <see cref="FitParameterSpec.SearchLower"/>/<see cref="FitParameterSpec.SearchUpper"/> where
/// set, else its bounds, else the start ± max(10 steps, |start|), always within the bounds. Positions are fractions of the
/// box, so "near" means the same thing for a normalization spanning decades and for an index.
/// </remarks>
internal sealed class SearchBox
{
    /// <summary>Two points closer than this fraction of the box in every parameter count as the same start.</summary>
    private const double SameStartFraction = 0.05;

    private readonly int[] _free;
    private readonly double[] _lower;
    private readonly double[] _upper;

    private SearchBox(int[] free, double[] lower, double[] upper)
    {
        _free = free;
        _lower = lower;
        _upper = upper;
    }

    public static SearchBox For(MinimizationProblem problem)
    {
        int[] free = [.. Enumerable.Range(0, problem.Parameters.Count).Where(i => !problem.Parameters[i].Fixed)];
        var lower = new double[free.Length];
        var upper = new double[free.Length];
        for (int k = 0; k < free.Length; k++)
        {
            FitParameterSpec spec = problem.Parameters[free[k]];
            double half = Math.Max(10 * spec.Step, Math.Abs(spec.Start));
            lower[k] = Math.Max(spec.SearchLower ?? spec.Lower ?? spec.Start - half, spec.Lower ?? double.NegativeInfinity);
            upper[k] = Math.Min(spec.SearchUpper ?? spec.Upper ?? spec.Start + half, spec.Upper ?? double.PositiveInfinity);
            if (!(upper[k] > lower[k]))
            {
                (lower[k], upper[k]) = (spec.Start - half, spec.Start + half);
            }
        }

        return new SearchBox(free, lower, upper);
    }

    /// <summary>Evaluates the objective at <paramref name="pointsPerParameter"/> × n Halton points of the box and returns the finite ones, lowest value first.</summary>
    public List<double[]> Screen(MinimizationProblem problem, int pointsPerParameter, int seed, out int calls, CancellationToken cancellationToken)
    {
        double[][] design = SpaceFillingDesign.UnitCube(pointsPerParameter * _free.Length, _free.Length, seed);
        var scored = new List<(double Value, double[] Point)>(design.Length);
        foreach (double[] unit in design)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double[] point = [.. problem.Parameters.Select(p => p.Start)];
            for (int k = 0; k < _free.Length; k++)
            {
                // A positive box spanning more than two decades is sampled evenly in the logarithm.
                point[_free[k]] = _lower[k] > 0 && _upper[k] > 100 * _lower[k]
                    ? _lower[k] * Math.Pow(_upper[k] / _lower[k], unit[k])
                    : _lower[k] + (unit[k] * (_upper[k] - _lower[k]));
            }

            double value = problem.Objective.Evaluate(point);
            if (double.IsFinite(value))
            {
                scored.Add((value, point));
            }
        }

        calls = design.Length;
        return [.. scored.OrderBy(s => s.Value).Select(s => s.Point)];
    }

    /// <summary>The position of a full parameter vector as fractions of the box, free parameters only.</summary>
    public double[] Normalised(double[] point)
    {
        var position = new double[_free.Length];
        for (int k = 0; k < _free.Length; k++)
        {
            position[k] = (point[_free[k]] - _lower[k]) / (_upper[k] - _lower[k]);
        }

        return position;
    }

    /// <summary>Whether <paramref name="position"/> lies within 5 % of the box, in every parameter, of one of <paramref name="others"/>.</summary>
    public static bool IsNear(double[] position, IEnumerable<double[]> others)
    {
        foreach (double[] other in others)
        {
            double distance = 0;
            for (int k = 0; k < position.Length; k++)
            {
                distance = Math.Max(distance, Math.Abs(position[k] - other[k]));
            }

            if (distance < SameStartFraction)
            {
                return true;
            }
        }

        return false;
    }
}
