using ThreeML.Bayesian;
using ThreeML.Bayesian.Samplers;
using ThreeML.Bayesian.Samplers.Nested;
using Xunit.Abstractions;

namespace ThreeML.Tests.Bayesian;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        const int n = 400, d = 5;
        var rng = new RandomStream(1, 0, 0);
        var pts = new double[n * d];
        for (var i = 0; i < pts.Length; i++) pts[i] = 0.4 + 0.2 * rng.NextDouble();
        var scratch = new double[n * n];
        var region = MLFriendsRegion.Build(pts, n, d, null, 30, 1, 0, 1, scratch);
        for (var rep = 0; rep < 3; rep++)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            for (var k = 0; k < 50; k++) region = MLFriendsRegion.Build(pts, n, d, region, 30, 1, (ulong)k, 1, scratch);
            output.WriteLine($"build {sw.Elapsed.TotalMilliseconds / 50:F3} ms method {region.Method}");
            sw.Restart();
            var u = new double[d];
            for (var k = 0; k < 20000; k++) region.TrySample(ref rng, u, 1000);
            output.WriteLine($"sample {sw.Elapsed.TotalMilliseconds / 20000 * 1000:F3} us");
        }
        var problem = TestTargets.Gaussian(new double[5], TestTargets.Correlated(5, 0.1, 0.9));
        foreach (var b in new[] { 30, 1, 30, 1 })
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var run = new NestedSampler { FracRemain = 0.5, Bootstraps = b, MaxDegreeOfParallelism = 1 }.Run(problem);
            output.WriteLine($"boot {b} elapsed {sw.Elapsed.TotalSeconds:F3} calls {run.LikelihoodCalls}");
        }
    }
}
