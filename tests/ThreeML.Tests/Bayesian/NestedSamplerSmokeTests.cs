using ThreeML.Bayesian;
using Xunit.Abstractions;

namespace ThreeML.Tests.Bayesian;

public sealed class NestedSamplerSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void Smoke_5d()
    {
        var problem = TestTargets.Gaussian(new double[5], TestTargets.Correlated(5, 0.1, 0.5));
        var run = new NestedSampler { FracRemain = 0.5 }.Run(problem);
        output.WriteLine(run.Diagnostics);
        output.WriteLine($"lnZ {run.LnZ} expected {-5 * Math.Log(20)} elapsed {run.Elapsed}");
    }
}
