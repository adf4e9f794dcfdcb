using ThreeML.Cli.Infrastructure;
using ThreeML.Fitting;

namespace ThreeML.Cli.Analysis;

/// <summary>Shows a maximum-likelihood fit as one bar per <see cref="FitPhase"/>, moved by the local minimizer's
/// iteration reports.</summary>
/// <remarks>The number of local fits of a global search is not known in advance, only its upper bound (the fit from
/// the start and <c>StartsPerRound</c> fits in each of at most <c>MaxRounds</c> rounds): the bar counts the fits begun
/// against that bound and completes when the search stops. A single local fit has no known length either; its bar
/// approaches 1 as 1 − exp(−iterations/50) (a MIGRAD fit of a few parameters takes tens of iterations). Local fits
/// of a round run in parallel, so reports arrive from several threads.</remarks>
internal sealed class FitProgressDisplay(ProgressPhases phases, Fitting.GlobalOptions global) : IProgress<FitPhase>, IProgress<MinimizerProgress>
{
    private readonly Lock _gate = new();
    private IProgress<double>? _bar;
    private FitPhase _phase;
    private int _fits;
    private int _iterations;

    /// <summary>Begins the bar of <paramref name="value"/>.</summary>
    public void Report(FitPhase value)
    {
        lock (_gate)
        {
            _phase = value;
            _fits = 0;
            _iterations = 0;
            _bar = phases.Begin(value switch
            {
                FitPhase.GlobalSearch => "Global search",
                FitPhase.LocalFit => "Local fit",
                _ => "Samples from the covariance",
            });
        }
    }

    /// <summary>Moves the current bar by one iteration of a local fit (iteration 1 begins a fit).</summary>
    public void Report(MinimizerProgress value)
    {
        lock (_gate)
        {
            _fits += value.Iteration == 1 ? 1 : 0;
            _iterations++;
            var fraction = _phase == FitPhase.GlobalSearch
                ? (_fits - 0.5) / (1 + (global.MaxRounds * global.StartsPerRound))
                : 1 - Math.Exp(-_iterations / 50.0);
            _bar?.Report(fraction);
        }
    }
}
