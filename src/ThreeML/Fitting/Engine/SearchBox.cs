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
        double[] start = [.. problem.Parameters.Select(p => p.Start)];
        return [.. Finite(problem, design.Select(unit => Place([.. start], unit, null)), out calls, cancellationToken).OrderBy(s => s.Value).Select(s => s.Point)];
    }

    /// <summary>The free parameters (indices into the box) that <paramref name="fit"/> left undetermined: at a bound, or
    /// with an error that is not finite, as large as the value where the box is sampled in the logarithm, or a quarter of
    /// the box elsewhere.</summary>
    public bool[] Undetermined(MinimizationResult fit)
    {
        var undetermined = new bool[_free.Length];
        for (int k = 0; k < _free.Length; k++)
        {
            int i = _free[k];
            double error = i < fit.Errors.Count ? fit.Errors[i] : double.NaN;
            double scale = IsLogarithmic(k) ? Math.Abs(fit.BestFit[i]) : 0.25 * (_upper[k] - _lower[k]);
            undetermined[k] = fit.ParametersAtLimit.Contains(fit.ParameterNames[i]) || !(error < scale);
        }

        return undetermined;
    }

    /// <summary>Points that keep <paramref name="centre"/> and redraw the <paramref name="redraw"/> parameters over the box
    /// (<paramref name="count"/> Halton points of their subspace), in design order, where the objective is finite.</summary>
    /// <remarks>A nested model often has its best minimum where one component is faint, while a descent from the start
    /// switches that component off: its normalization ends at the bound and its shape is undetermined. Such a minimum is
    /// a flat valley, and a plain design of the whole box almost never lands near it with the other components where the
    /// data put them (a power law's normalization drawn over 33 decades). Redrawing only the undetermined coordinates of
    /// that fit explores them (a faint blackbody's temperature) with the determined ones in place, as basin hopping does.
    /// The points are not ranked by value: the lowest would be the switched-off component again.</remarks>
    public List<double[]> Around(MinimizationProblem problem, IReadOnlyList<double> centre, bool[] redraw, int count, int seed, out int calls,
        CancellationToken cancellationToken)
    {
        double[][] design = SpaceFillingDesign.UnitCube(count, _free.Length, seed);
        return [.. Finite(problem, design.Select(unit => Place([.. centre], unit, redraw)), out calls, cancellationToken).Select(s => s.Point)];
    }

    private double[] Place(double[] point, double[] unit, bool[]? redraw)
    {
        for (int k = 0; k < _free.Length; k++)
        {
            if (redraw?[k] == false)
            {
                continue;
            }

            point[_free[k]] = At(k, unit[k]);
        }

        return point;
    }

    /// <summary>Points that keep <paramref name="centre"/> and move one free parameter at a time to the middles of
    /// <paramref name="pointsPerParameter"/> equal cells of its box (equal in the logarithm where the box is sampled so).</summary>
    public IEnumerable<double[]> Lines(IReadOnlyList<double> centre, int pointsPerParameter)
    {
        for (int k = 0; k < _free.Length; k++)
        {
            for (int p = 0; p < pointsPerParameter; p++)
            {
                double[] point = [.. centre];
                point[_free[k]] = At(k, (p + 0.5) / pointsPerParameter);
                yield return point;
            }
        }
    }

    // The value at fraction u of free parameter k's box.
    private double At(int k, double u) => IsLogarithmic(_lower[k], _upper[k])
        ? _lower[k] * Math.Pow(_upper[k] / _lower[k], u)
        : _lower[k] + (u * (_upper[k] - _lower[k]));

    /// <summary>Whether a box is sampled evenly in the logarithm: positive and spanning more than two decades.</summary>
    public static bool IsLogarithmic(double lower, double upper) => lower > 0 && upper > 100 * lower;

    private bool IsLogarithmic(int k) => IsLogarithmic(_lower[k], _upper[k]);

    /// <summary>The points where the objective is finite, with their values, in the given order.</summary>
    private static List<(double Value, double[] Point)> Finite(MinimizationProblem problem, IEnumerable<double[]> points, out int calls, CancellationToken cancellationToken)
    {
        var scored = new List<(double Value, double[] Point)>();
        calls = 0;
        foreach (double[] point in points)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double value = problem.Objective.Evaluate(point);
            calls++;
            if (double.IsFinite(value))
            {
                scored.Add((value, point));
            }
        }

        return scored;
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
