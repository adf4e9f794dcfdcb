using Spectre.Console;
using ThreeML.Bayesian.Samplers;
using ThreeML.Bayesian.Samplers.Ensemble;
using ThreeML.Bayesian.Samplers.Nested;
using ThreeML.Cli.Analysis;
using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli.Tests;

public class SamplerProgressDisplayTests
{
    [Fact]
    public void The_ensemble_burn_in_and_kept_steps_get_separate_bars()
    {
        var bars = new List<ProgressTask>();
        var phases = new ProgressPhases(label =>
        {
            bars.Add(new ProgressTask(bars.Count, label, 1.0));
            return bars[^1];
        });

        // Iterations 400, burn-in by default a quarter of them (100); the sampler counts steps from the first burn-in step.
        var display = new SamplerProgressDisplay(phases, new EnsembleSampler { Iterations = 400 });
        display.Report(new SamplerProgress(50, 1000, null, null));
        Assert.Equal(0.5, bars[0].Value);
        display.Report(new SamplerProgress(100, 2000, null, null));
        display.Report(new SamplerProgress(300, 6000, null, null));
        Assert.Equal(["Burn-in", "Sampling"], bars.Select(b => b.Description));
        Assert.Equal(1.0, bars[0].Value);
        Assert.Equal(0.5, bars[1].Value);
    }

    [Fact]
    public void Nested_sampling_advances_with_the_logarithm_of_the_remaining_evidence()
    {
        var bars = new List<ProgressTask>();
        var phases = new ProgressPhases(label =>
        {
            bars.Add(new ProgressTask(bars.Count, label, 1.0));
            return bars[^1];
        });
        var display = new SamplerProgressDisplay(phases, new NestedSampler { FracRemain = 0.01 });
        display.Report(new SamplerProgress(10, 500, -3, 0.1));
        Assert.Equal("Nested sampling", Assert.Single(bars).Description);
        Assert.Equal(0.5, bars[0].Value, 12);
        display.Report(new SamplerProgress(11, 520, -3, 0.5));
        Assert.Equal(0.5, bars[0].Value, 12);
    }
}
