namespace ThreeML.Fitting;

/// <summary>The downhill-simplex iterations in internal coordinates.</summary>
/// <remarks>
/// Standard coefficients: reflection 1, expansion 2, contraction ½, shrink ½ (Nelder &amp; Mead,
/// Comput. J. 7 (1965) 308; Lagarias et al., SIAM J. Optim. 9 (1998) 112 for the inside/outside
/// contraction). Stops when the spread of objective values over the simplex falls below the goal.
/// </remarks>
internal sealed class NelderMeadSolver
{
    private readonly InternalObjective _f;
    private readonly double[][] _points;
    private readonly double[] _values;
    private readonly double[] _centroid, _reflected, _candidate;

    public NelderMeadSolver(InternalObjective f)
    {
        int n = f.Dimension;
        _f = f;
        _points = new double[n + 1][];
        for (int i = 0; i <= n; i++)
        {
            _points[i] = new double[n];
        }

        _values = new double[n + 1];
        _centroid = new double[n];
        _reflected = new double[n];
        _candidate = new double[n];
    }

    public double[] Best => _points[IndexOfBest()];

    public double BestValue => _values[IndexOfBest()];

    /// <summary>Runs from <paramref name="start"/> with initial edges <paramref name="steps"/>; returns whether the spread fell below <paramref name="goal"/>.</summary>
    public bool Run(ReadOnlySpan<double> start, ReadOnlySpan<double> steps, double goal, int callLimit, IProgress<MinimizerProgress>? progress)
    {
        int n = start.Length;
        for (int i = 0; i <= n; i++)
        {
            start.CopyTo(_points[i]);
            if (i > 0)
            {
                _points[i][i - 1] += steps[i - 1];
            }

            _values[i] = Sanitize(_f.Evaluate(_points[i]));
        }

        for (int iteration = 1; ; iteration++)
        {
            int best = IndexOfBest(), worst = best, second = best;
            for (int i = 0; i <= n; i++)
            {
                if (_values[i] > _values[worst])
                {
                    worst = i;
                }
            }

            second = best;
            for (int i = 0; i <= n; i++)
            {
                if (i != worst && _values[i] > _values[second])
                {
                    second = i;
                }
            }

            if (_values[worst] - _values[best] < goal)
            {
                return true;
            }

            if (_f.Calls >= callLimit)
            {
                return false;
            }

            Array.Clear(_centroid);
            for (int i = 0; i <= n; i++)
            {
                if (i != worst)
                {
                    Axpy(1.0 / n, _points[i], _centroid);
                }
            }

            double fr = Trial(_points[worst], -1, _reflected);
            if (fr < _values[best])
            {
                double fe = Trial(_points[worst], -2, _candidate);
                Accept(worst, fe < fr ? _candidate : _reflected, Math.Min(fe, fr));
            }
            else if (fr < _values[second])
            {
                Accept(worst, _reflected, fr);
            }
            else
            {
                bool outside = fr < _values[worst];
                double fc = outside ? Trial(_points[worst], -0.5, _candidate) : Trial(_points[worst], 0.5, _candidate);
                if (fc < Math.Min(fr, _values[worst]))
                {
                    Accept(worst, _candidate, fc);
                }
                else
                {
                    Shrink(best);
                }
            }

            progress?.Report(new MinimizerProgress(iteration, _f.Calls, BestValue, double.NaN));
        }
    }

    /// <summary>Evaluates centroid + t·(point − centroid): t = −1 reflects, −2 expands, ∓½ contracts.</summary>
    private double Trial(double[] point, double t, double[] into)
    {
        for (int k = 0; k < into.Length; k++)
        {
            into[k] = _centroid[k] + (t * (point[k] - _centroid[k]));
        }

        return Sanitize(_f.Evaluate(into));
    }

    private void Accept(int index, double[] point, double value)
    {
        point.CopyTo(_points[index], 0);
        _values[index] = value;
    }

    private void Shrink(int best)
    {
        for (int i = 0; i < _points.Length; i++)
        {
            if (i == best)
            {
                continue;
            }

            for (int k = 0; k < _points[i].Length; k++)
            {
                _points[i][k] = _points[best][k] + (0.5 * (_points[i][k] - _points[best][k]));
            }

            _values[i] = Sanitize(_f.Evaluate(_points[i]));
        }
    }

    private int IndexOfBest()
    {
        int best = 0;
        for (int i = 1; i < _values.Length; i++)
        {
            if (_values[i] < _values[best])
            {
                best = i;
            }
        }

        return best;
    }

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (int k = 0; k < x.Length; k++)
        {
            y[k] += a * x[k];
        }
    }

    // A non-finite value ranks worst, so the simplex moves away from it.
    private static double Sanitize(double value) => double.IsNaN(value) ? double.PositiveInfinity : value;
}
