using ThreeML.Bayesian.Samplers;
using ThreeML.Bayesian.Samplers.Ensemble;
using ThreeML.Bayesian.Samplers.Nested;
using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli.Analysis;

/// <summary>Shows a sampler run as one bar per phase: the ensemble sampler's burn-in and kept steps on separate bars,
/// the nested sampler on one.</summary>
/// <remarks>The ensemble reports its step count from the first burn-in step on, so the phase follows from the count.
/// The nested sampler's remaining evidence fraction falls roughly exponentially; its logarithm against that of the
/// stopping fraction advances evenly.</remarks>
internal sealed class SamplerProgressDisplay : IProgress<SamplerProgress>
{
    private readonly ProgressPhases _phases;
    private readonly EnsembleSampler? _ensemble;
    private readonly int _burnIn;
    private readonly double _fracRemain;

    /// <summary>Begins the first phase of <paramref name="sampler"/>'s run.</summary>
    public SamplerProgressDisplay(ProgressPhases phases, ISampler sampler)
    {
        _phases = phases;
        _ensemble = sampler as EnsembleSampler;
        _burnIn = _ensemble is { } e ? e.BurnIn ?? (e.Iterations / 4) : 0;
        _fracRemain = (sampler as NestedSampler)?.FracRemain ?? new NestedSampler().FracRemain;
        _phases.Begin(_ensemble is null ? "Nested sampling" : _burnIn > 0 ? "Burn-in" : "Sampling");
    }

    /// <summary>Moves the bar of the phase the report belongs to.</summary>
    public void Report(SamplerProgress value)
    {
        if (_ensemble is { } e)
        {
            if (value.Iteration <= _burnIn)
            {
                _phases.Begin("Burn-in").Report(value.Iteration / (double)_burnIn);
            }
            else
            {
                _phases.Begin("Sampling").Report((value.Iteration - _burnIn) / (double)e.Iterations);
            }
        }
        else if (value.RemainderFraction is { } r and > 0)
        {
            _phases.Begin("Nested sampling").Report(r >= 1 ? 0 : Math.Log(r) / Math.Log(_fracRemain));
        }
    }
}
