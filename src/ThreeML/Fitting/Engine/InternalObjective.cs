using System.Runtime.InteropServices;

namespace ThreeML.Fitting;

/// <summary>The objective seen by the algorithms: a function of the free parameters in internal coordinates.</summary>
/// <remarks>
/// Holds one external buffer for the whole run, so an evaluation allocates nothing beyond what the
/// user's objective does. Counts calls and honours cancellation before each one.
/// </remarks>
internal sealed class InternalObjective
{
    private readonly IObjectiveFunction _objective;
    private readonly double[] _external;
    private readonly int[] _free;
    private readonly BoundTransform[] _transforms;
    private readonly CancellationToken _cancellationToken;

    // The last few points evaluated (internal coordinates, row by row) and their values: a ring the algorithms reach
    // again without knowing it (a line search's first trial at a gradient's point, a gradient cycle whose step did not
    // change, the second point of a continued search). A repeated point costs no call.
    private readonly double[] _recentPoints;
    private readonly double[] _recentValues;
    private int _recentCount, _recentNext;

    public InternalObjective(MinimizationProblem problem, CancellationToken cancellationToken)
    {
        Problem = problem;
        _objective = problem.Objective;
        _cancellationToken = cancellationToken;
        IReadOnlyList<FitParameterSpec> specs = problem.Parameters;
        _external = new double[specs.Count];
        _free = new int[problem.FreeParameterCount];
        _transforms = new BoundTransform[_free.Length];
        for (int i = 0, k = 0; i < specs.Count; i++)
        {
            _external[i] = specs[i].Start;
            if (!specs[i].Fixed)
            {
                _free[k] = i;
                _transforms[k++] = BoundTransform.For(specs[i]);
            }
        }

        _recentValues = new double[RecentCapacity(_free.Length)];
        _recentPoints = new double[_recentValues.Length * _free.Length];
    }

    public MinimizationProblem Problem { get; }

    public int Dimension => _free.Length;

    public double ErrorDefinition => Problem.ErrorDefinition;

    public int Calls { get; private set; }

    public int FreeIndex(int k) => _free[k];

    public BoundTransform Transform(int k) => _transforms[k];

    /// <summary>Returns the objective at internal point <paramref name="u"/>; a point among the last few evaluated is answered from memory and not counted.</summary>
    public double Evaluate(ReadOnlySpan<double> u)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        int n = _free.Length;
        ReadOnlySpan<long> bits = MemoryMarshal.Cast<double, long>(u);
        for (int r = 0; r < _recentCount; r++)
        {
            // Bit for bit: −0 and 0 may map to different external values.
            if (bits.SequenceEqual(MemoryMarshal.Cast<double, long>(_recentPoints.AsSpan(r * n, n))))
            {
                return _recentValues[r];
            }
        }

        for (int k = 0; k < _free.Length; k++)
        {
            _external[_free[k]] = _transforms[k].ToExternal(u[k]);
        }

        Calls++;
        double value = _objective.Evaluate(_external);
        u.CopyTo(_recentPoints.AsSpan(_recentNext * n, n));
        _recentValues[_recentNext] = value;
        _recentNext = (_recentNext + 1) % _recentValues.Length;
        _recentCount = Math.Min(_recentCount + 1, _recentValues.Length);
        return value;
    }

    /// <summary>How many recent points are remembered: two gradients' worth (2n each) and a few line-search points, at most 64.</summary>
    private static int RecentCapacity(int dimension) => Math.Min((4 * dimension) + 4, 64);

    public void StartPoint(Span<double> u)
    {
        for (int k = 0; k < _free.Length; k++)
        {
            FitParameterSpec spec = Problem.Parameters[_free[k]];
            u[k] = _transforms[k].InternalStart(spec.Start, spec.Step);
        }
    }

    public void InitialSteps(ReadOnlySpan<double> u, Span<double> steps)
    {
        for (int k = 0; k < _free.Length; k++)
        {
            steps[k] = _transforms[k].InternalStep(u[k], Problem.Parameters[_free[k]].Step);
        }
    }

    /// <summary>Writes all parameters, fixed ones included, in external coordinates.</summary>
    public double[] ToExternal(ReadOnlySpan<double> u)
    {
        var x = new double[Problem.Parameters.Count];
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = Problem.Parameters[i].Start;
        }

        for (int k = 0; k < _free.Length; k++)
        {
            x[_free[k]] = _transforms[k].ToExternal(u[k]);
        }

        return x;
    }

    /// <summary>Maps a full external point to internal coordinates of the free parameters.</summary>
    public void ToInternal(IReadOnlyList<double> x, Span<double> u)
    {
        for (int k = 0; k < _free.Length; k++)
        {
            u[k] = _transforms[k].ToInternal(x[_free[k]]);
        }
    }
}
