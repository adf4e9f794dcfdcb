using System.Globalization;

namespace ThreeML.Fitting;

/// <summary>The MIGRAD iteration: BFGS variable-metric steps in internal coordinates, stopped by the EDM.</summary>
/// <remarks>
/// <para>
/// Start: one central-difference gradient (up to two step-tuning cycles, three for strategy 2) and
/// the diagonal metric V = diag(1/g₂), or the inverse of a full Hessian for strategy 2.
/// A continued run (<see cref="Continuation"/>) starts instead from the previous run's covariance.
/// Iteration: d = −V g, a line search along d (<see cref="LineSearch"/>), a gradient at the new point
/// (one-sided while the EDM is far above its goal, see <see cref="NumericalGradient.ComputeMostlyForward"/>;
/// otherwise one central cycle), and the BFGS update of V (Fletcher, <i>Practical Methods of Optimization</i>, §3.2).
/// When sᵀy ≤ 0 the update would lose positive definiteness, so V restarts from diag(1/g₂).
/// When a line search fails, V restarts once from the diagonal, then (strategy ≥ 1) from a full
/// Hessian, before the fit is declared failed.
/// </para>
/// <para>
/// Convergence: EDM = ½ gᵀ V g &lt; goal. With strategy ≥ 1 a full Hessian is then computed; its
/// EDM must also be below the goal, otherwise the iterations resume with V = H⁻¹ (at most three
/// Hessians in all), as Minuit's MIGRAD does with its final HESSE. Before each such Hessian, one
/// Newton step with the current metric is taken if it lowers the objective (not in Minuit), so the
/// Hessian, the covariance and the EDM belong to a point already much closer to the minimum than the
/// EDM goal requires; the EDM there uses the Hessian's own central gradient (its steps, about 0.01σ,
/// leave a truncation error far below the default goal), and only where that EDM misses the goal is
/// the finer gradient computed (2n calls) before judging. Every converged run ends with one more such step
/// (with the final Hessian where there is one); the EDM reported, computed before it, stays a
/// conservative bound.
/// </para>
/// All work arrays are allocated once per run.
/// </remarks>
internal sealed partial class VariableMetricSolver
{
    private const int MaxHessians = 3;
    private const int MaxHessiansWhileDescending = 12;
    private const int MaxEscapes = 3;

    /// <summary>How far above the EDM goal a fit must be for its gradients to be mostly one-sided (<see cref="NumericalGradient.ComputeMostlyForward"/>).</summary>
    private const double ForwardEdmFactor = 100;
    private readonly InternalObjective _f;
    private readonly MigradOptions _options;
    private readonly double _edmGoal;
    private readonly int _callLimit;
    private readonly NumericalGradient _gradient;
    private readonly double[] _u, _trial, _g, _g2, _gNew, _g2New, _d, _s, _y, _work, _hesseSteps, _initialSteps;
    private readonly double[,] _v;
    private double _fu;
    private int _hessians;
    private double _fAtLastHessian = double.PositiveInfinity;
    private bool _metricFromHessian;
    private bool _positiveDefinite = true;
    private bool _forwardGradientUsable = true;
    private bool _gradientIsForward;
    private double[,]? _hessian;
    private int _escapes;
    private SaddleEscape.Verdict _saddle;

    public VariableMetricSolver(InternalObjective f, MigradOptions options, double edmGoal, int callLimit)
    {
        int n = f.Dimension;
        _f = f;
        _options = options;
        _edmGoal = edmGoal;
        _callLimit = callLimit;
        _u = new double[n];
        _trial = new double[n];
        _g = new double[n];
        _g2 = new double[n];
        _gNew = new double[n];
        _g2New = new double[n];
        _d = new double[n];
        _s = new double[n];
        _y = new double[n];
        _work = new double[n];
        _hesseSteps = new double[n];
        _initialSteps = new double[n];
        _v = new double[n, n];
        f.StartPoint(_u);
        f.InitialSteps(_u, _initialSteps);
        _gradient = new NumericalGradient(_initialSteps, f);
    }

    public FitOutcome Run()
    {
        _fu = _f.Evaluate(_u);
        if (!double.IsFinite(_fu))
        {
            return Outcome(double.NaN, "the objective is not finite at the start point");
        }

        if (!_gradient.Compute(_f, _u, _fu, _options.Strategy == 2 ? 3 : 2, _g, _g2))
        {
            return Outcome(double.NaN, "the objective is not finite next to the start point");
        }

        double startValue = _fu;
        if (!NegativeCurvatureSearch.Run(_f, _gradient, _initialSteps, _u, ref _fu, _g, _g2, _trial, _options.Strategy == 2 ? 3 : 2, _callLimit))
        {
            return Outcome(double.NaN, "the objective is not finite next to a point of the seed's negative-curvature search");
        }

        string? failure = _options.Strategy == 2 ? UseHessianMetric() : null;
        if (_options.Strategy < 2 && !WarmMetric(startValue))
        {
            SymmetricMatrix.SetDiagonalInverse(_v, _g2, _gradient.Steps, _f.ErrorDefinition);
        }

        double edm = SymmetricMatrix.Edm(_g, _v);
        bool restarted = false;
        for (int iteration = 1; failure is null; iteration++)
        {
            if (edm < _edmGoal)
            {
                if (_options.Strategy == 0 || _metricFromHessian || !MayComputeHessian())
                {
                    if (_options.Strategy > 0 && !_metricFromHessian)
                    {
                        // Out of Hessians: one more certifies (or refutes) the point with an accurate metric.
                        failure = UseHessianMetric();
                        edm = SymmetricMatrix.Edm(_g, _v);
                        if (failure is not null || !(edm < _edmGoal))
                        {
                            break;
                        }
                    }

                    // A point where the gradient vanishes is a minimum only if no direction curves down.
                    if (_options.Strategy > 0 && _metricFromHessian && _hessian is not null)
                    {
                        _saddle = SaddleEscape.Try(_f, _hessian, _u, ref _fu, _trial, _escapes < MaxEscapes);
                        if (_saddle == SaddleEscape.Verdict.Escaped)
                        {
                            _escapes++;
                            _hessians = 0;
                            if (!_gradient.Compute(_f, _u, _fu, 2, _g, _g2))
                            {
                                failure = "the objective is not finite next to the point reached from a saddle";
                                break;
                            }

                            RestartDiagonal();
                            edm = SymmetricMatrix.Edm(_g, _v);
                            continue;
                        }
                    }

                    break;
                }

                // Step to the bottom of the current quadratic model first, so that the Hessian, the covariance and
                // the EDM all belong to the point that is returned; the Hessian's own central gradient then serves
                // for the EDM there. Only when that EDM misses the goal (a tight tolerance asks for more than its
                // larger steps resolve) is the gradient calculator's own, 2n calls, taken before judging.
                bool polished = Polish();
                failure = UseHessianMetric(gradientFromHessian: polished);
                if (failure is null && polished && !(SymmetricMatrix.Edm(_g, _v) < _edmGoal) &&
                    !_gradient.Compute(_f, _u, _fu, 1, _g, _g2New))
                {
                    failure = "the objective is not finite next to the current point";
                    break;
                }

                if (failure is null && !_positiveDefinite && _escapes < MaxEscapes &&
                    SaddleEscape.Try(_f, _hessian!, _u, ref _fu, _trial, allowEscape: true) == SaddleEscape.Verdict.Escaped)
                {
                    // The Hessian curves down somewhere: follow that direction now rather than creep along a forced metric.
                    _escapes++;
                    if (!_gradient.Compute(_f, _u, _fu, 2, _g, _g2))
                    {
                        failure = "the objective is not finite next to the point reached along negative curvature";
                        break;
                    }

                    RestartDiagonal();
                }

                edm = SymmetricMatrix.Edm(_g, _v);
                continue;
            }

            if (_f.Calls >= _callLimit)
            {
                return Outcome(edm, null, reachedCallLimit: true);
            }

            SymmetricMatrix.NewtonStep(_v, _g, _d);
            double slope = Dot(_g, _d);
            if (!(slope < 0))
            {
                RestartDiagonal();
                SymmetricMatrix.NewtonStep(_v, _g, _d);
                slope = Dot(_g, _d);
            }

            double alpha = LineSearch.Search(_f, _u, _d, _fu, slope, _trial, out double fNew);
            if (alpha == 0)
            {
                if (_gradientIsForward)
                {
                    // A one-sided gradient may have pointed the search wrong: take the central one here before anything else.
                    _gradientIsForward = _forwardGradientUsable = false;
                    if (!_gradient.Compute(_f, _u, _fu, 1, _g, _g2))
                    {
                        failure = "the objective is not finite next to the current point";
                        break;
                    }
                }
                else if (!restarted)
                {
                    restarted = true;
                    RestartDiagonal();
                }
                else if (_options.Strategy >= 1 && !_metricFromHessian && MayComputeHessian())
                {
                    failure = UseHessianMetric();
                }
                else
                {
                    failure = Format("the line search found no lower value (EDM {0:G4}, goal {1:G4})", edm, _edmGoal);
                }

                edm = SymmetricMatrix.Edm(_g, _v);
                continue;
            }

            restarted = false;
            // One-sided differences only while far from the minimum and while they keep the metric update sound.
            _gradientIsForward = false;
            bool finite = _options.Strategy == 2 || !_forwardGradientUsable || !(edm > ForwardEdmFactor * _edmGoal)
                ? _gradient.Compute(_f, _trial, fNew, _options.Strategy == 2 ? 2 : 1, _gNew, _g2New)
                : _gradient.ComputeMostlyForward(_f, _trial, fNew, _g2, _gNew, _g2New, out _gradientIsForward);
            if (!finite)
            {
                failure = "the objective is not finite next to the current point";
                break;
            }

            double sy = 0, ss = 0, yy = 0;
            for (int k = 0; k < _u.Length; k++)
            {
                _s[k] = _trial[k] - _u[k];
                _y[k] = _gNew[k] - _g[k];
                sy += _s[k] * _y[k];
                ss += _s[k] * _s[k];
                yy += _y[k] * _y[k];
            }

            _trial.CopyTo(_u, 0);
            _gNew.CopyTo(_g, 0);
            _g2New.CopyTo(_g2, 0);
            _fu = fNew;
            _metricFromHessian = false;
            _forwardGradientUsable = sy > 1e-14 * Math.Sqrt(ss * yy);
            if (_forwardGradientUsable)
            {
                SymmetricMatrix.BfgsUpdate(_v, _s, _y, sy, _work);
            }
            else
            {
                RestartDiagonal();
            }

            edm = SymmetricMatrix.Edm(_g, _v);
            _options.Progress?.Report(new MinimizerProgress(iteration, _f.Calls, _fu, edm));
            if (_options.StopInKnownBasins?.Holding(_f.ToExternal(_u), _fu) is { } known)
            {
                return Outcome(edm, Format("stopped on entering the basin of the minimum already found at {0:G10}", known.MinimumValue));
            }
        }

        if (failure is null)
        {
            Polish();
        }

        return Outcome(edm, failure);
    }

    private FitOutcome Outcome(double edm, string? failure, bool reachedCallLimit = false) => new()
    {
        Point = (double[])_u.Clone(),
        Value = _fu,
        Edm = edm,
        InverseHessian = double.IsNaN(edm) ? null : (double[,])_v.Clone(),
        CovarianceFromHessian = _metricFromHessian,
        PositiveDefinite = !_metricFromHessian || _positiveDefinite,
        ReachedCallLimit = reachedCallLimit,
        SaddlePoint = _saddle == SaddleEscape.Verdict.Saddle,
        Degenerate = _saddle == SaddleEscape.Verdict.Degenerate,
        Failure = failure,
    };

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int k = 0; k < a.Length; k++)
        {
            sum += a[k] * b[k];
        }

        return sum;
    }

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
