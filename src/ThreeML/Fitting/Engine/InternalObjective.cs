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
    }

    public MinimizationProblem Problem { get; }

    public int Dimension => _free.Length;

    public double ErrorDefinition => Problem.ErrorDefinition;

    public int Calls { get; private set; }

    public int FreeIndex(int k) => _free[k];

    public BoundTransform Transform(int k) => _transforms[k];

    public double Evaluate(ReadOnlySpan<double> u)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        for (int k = 0; k < _free.Length; k++)
        {
            _external[_free[k]] = _transforms[k].ToExternal(u[k]);
        }

        Calls++;
        return _objective.Evaluate(_external);
    }

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
