using System.Diagnostics;

namespace ThreeML.Fitting;

/// <summary>The Nelder–Mead downhill simplex: derivative-free and robust to noise, slower than <see cref="MigradMinimizer"/> on smooth objectives.</summary>
/// <remarks>
/// The simplex moves in Minuit's internal coordinates, so bounds are respected. It has converged when
/// the spread of objective values over the simplex falls below the EDM goal 0.002 · tolerance · errordef.
/// With <see cref="NelderMeadOptions.ComputeCovariance"/>, a numerical Hessian at the best vertex then
/// gives the covariance and a proper EDM; if that EDM is still above the goal the simplex restarts
/// there with 1σ edges (at most three restarts), the usual remedy for a simplex that collapsed early.
/// </remarks>
public sealed class NelderMeadMinimizer : IMinimizer
{
    private const int MaxRestarts = 3;

    /// <summary>Initializes a new minimizer.</summary>
    /// <param name="options">The settings, or <see langword="null"/> for <see cref="NelderMeadOptions.Default"/>.</param>
    public NelderMeadMinimizer(NelderMeadOptions? options = null)
    {
        Options = options ?? NelderMeadOptions.Default;
    }

    /// <summary>Gets the settings.</summary>
    public NelderMeadOptions Options { get; }

    /// <inheritdoc/>
    public MinimizationResult Minimize(MinimizationProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        long start = Stopwatch.GetTimestamp();
        var f = new InternalObjective(problem, cancellationToken);
        double goal = MigradMinimizer.EdmGoal(Options.Tolerance, problem.ErrorDefinition);
        int callLimit = Options.CallLimitFor(f.Dimension);
        FitOutcome outcome = f.Dimension == 0 ? FitOutcome.FixedOnly(f) : Run(f, goal, callLimit);
        return ResultAssembler.Build(f, outcome, goal, callLimit, Stopwatch.GetElapsedTime(start));
    }

    private FitOutcome Run(InternalObjective f, double goal, int callLimit)
    {
        int n = f.Dimension;
        var u = new double[n];
        var steps = new double[n];
        f.StartPoint(u);
        f.InitialSteps(u, steps);
        var solver = new NelderMeadSolver(f);
        for (int restart = 0; ; restart++)
        {
            bool converged = solver.Run(u, steps, goal, callLimit, Options.Progress);
            solver.Best.CopyTo(u, 0);
            double value = solver.BestValue;
            if (!double.IsFinite(value))
            {
                return new FitOutcome { Point = u, Value = value, Edm = double.NaN, Failure = "the objective is not finite anywhere the simplex went" };
            }

            if (!converged || !Options.ComputeCovariance)
            {
                // Without a Hessian, the simplex's own spread stands in for the EDM, as in Minuit's SIMPLEX.
                return new FitOutcome { Point = u, Value = value, Edm = converged ? 0.5 * goal : double.PositiveInfinity, ReachedCallLimit = !converged };
            }

            var hessian = new double[n, n];
            var g = new double[n];
            var g2 = new double[n];
            var hesseSteps = new double[n];
            for (int k = 0; k < n; k++)
            {
                hesseSteps[k] = 0.1 * steps[k];
            }

            string? failure = HessianCalculator.Compute(f, u, value, hesseSteps, 7, hessian, g, g2);
            if (failure is null && !NumericalGradient.Fine(f, u, value, g2, hesseSteps, g))
            {
                failure = "the objective is not finite next to the best vertex";
            }

            if (failure is not null)
            {
                return new FitOutcome { Point = u, Value = value, Edm = double.NaN, Failure = failure };
            }

            double[,] inverse = SymmetricMatrix.InvertForcingPositiveDefinite(hessian, out bool positiveDefinite);
            double edm = SymmetricMatrix.Edm(g, inverse);
            if (edm < goal || restart == MaxRestarts || f.Calls >= callLimit)
            {
                return new FitOutcome
                {
                    Point = u,
                    Value = value,
                    Edm = edm,
                    InverseHessian = inverse,
                    CovarianceFromHessian = true,
                    PositiveDefinite = positiveDefinite,
                    ReachedCallLimit = f.Calls >= callLimit && !(edm < goal),
                };
            }

            for (int k = 0; k < n; k++)
            {
                double sigma = Math.Sqrt(2 * f.ErrorDefinition * inverse[k, k]);
                steps[k] = sigma > 0 && double.IsFinite(sigma) ? sigma : steps[k];
            }
        }
    }
}
