using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Astromodels.Numerics;
using ThreeML.Plugins;
using ThreeML.Analysis;
using ThreeML.Responses;

namespace ThreeML.Benchmarks.Analysis;

/// <summary>The floating-point work of one tutorial log-likelihood, counted, and the time it needs at this machine's
/// measured throughput of each kind of operation: the physical limit printed beside the measured figure.</summary>
/// <remarks>
/// <para>The work that cannot be avoided with today's arithmetic: the response fold, one multiply-add per non-zero
/// matrix element and spectrum (the two plugins fold different spectra through one matrix); one exponential per grid
/// energy for each distinct spectral shape (the blackbody's, shared by the two sources through the linked kT, and the
/// power law's, exp(index·ln E) from the grid's ln E); per W-stat channel one square root (the profile background) and
/// the two logarithms of the bins with o &gt; 0 and b &gt; 0.</para>
/// <para>Each kind is timed alone in a loop over data in the first-level cache (eight lanes, independent chains:
/// throughput, not latency), with the same inlined <see cref="SimdMath"/> functions the kernels use; multiply-adds at the
/// peak rate of eight-lane FMAs. The sum is a floor no implementation of this arithmetic can beat on this machine: it
/// ignores loads, branches, the integration and every other pass.</para>
/// </remarks>
internal sealed partial record LikelihoodWork(int FoldMultiplyAdds, int Exponentials, int Logarithms, int SquareRoots, int StoredWeights)
{
    /// <summary>The counts for the tutorial (the response read once per plugin, as <see cref="JointLikelihoodBenchmarks"/>).</summary>
    public static LikelihoodWork Tutorial()
    {
        var (model, data) = TutorialFixture.BuildReadingTwice(DemoData.ResponsePath);
        var evaluator = new LikelihoodEvaluator(model, data);
        int macs = 0, logs = 0, roots = 0, stored = 0;
        var response = ((DispersionSpectrumLike)evaluator.Plugins[0]).Response;
        foreach (var plugin in evaluator.Plugins.Cast<DispersionSpectrumLike>())
        {
            macs += NonZeros(plugin.Response);
            var o = plugin.Observation.Counts;
            var b = plugin.Background!.Counts;
            for (var c = 0; c < o.Length; c++)
            {
                if (plugin.Mask[c])
                {
                    roots++;
                    logs += (o[c] > 0 ? 1 : 0) + (b[c] > 0 ? 1 : 0);
                }
            }
        }

        stored = response.FoldWeightCount;

        // Simpson's grid: the bin edges and the midpoints; one blackbody shape (kT linked) and one power law per call.
        var exponentials = 2 * ((2 * response.EnergyBinCount) + 1);
        return new LikelihoodWork(macs, exponentials, logs, roots, stored);
    }

    /// <summary>The floor in microseconds at the measured throughputs (eight lanes with AVX-512, four with AVX2), or NaN
    /// without either.</summary>
    public double FloorMicroseconds(out string breakdown)
    {
        var wide = Vector512.IsHardwareAccelerated;
        if (!wide && !Vector256.IsHardwareAccelerated)
        {
            breakdown = "floor measured with AVX-512 or AVX2 only";
            return double.NaN;
        }

        var fma = wide ? Throughput.MultiplyAddNanoseconds() : FourLaneThroughput.MultiplyAddNanoseconds();
        var exp = wide ? Throughput.ExpNanoseconds() : FourLaneThroughput.ExpNanoseconds();
        var log = wide ? Throughput.LogNanoseconds() : FourLaneThroughput.LogNanoseconds();
        var sqrt = wide ? Throughput.SqrtNanoseconds() : FourLaneThroughput.SqrtNanoseconds();
        var fold = FoldMultiplyAdds * fma;
        var shapes = Exponentials * exp;
        var statistic = (Logarithms * log) + (SquareRoots * sqrt);
        breakdown = string.Create(CultureInfo.InvariantCulture,
            $"fold {fold / 1e3:F2} ({FoldMultiplyAdds:N0} MACs) + exp {shapes / 1e3:F2} ({Exponentials}) + log/sqrt {statistic / 1e3:F2} ({Logarithms} log, {SquareRoots} sqrt); {(wide ? 8 : 4)} lanes: exp {exp:F3} ns, log {log:F3} ns, sqrt {sqrt:F3} ns per element");
        return (fold + shapes + statistic) / 1e3;
    }

    /// <summary>One line: the work and the floor.</summary>
    public string Describe()
    {
        var floor = FloorMicroseconds(out var breakdown);
        return string.Create(CultureInfo.InvariantCulture, $"floor {floor:F2} us = {breakdown}; the fold reads {StoredWeights:N0} weights for {FoldMultiplyAdds / 2:N0} non-zeros");
    }

    private static int NonZeros(InstrumentResponse response)
    {
        var count = 0;
        for (var j = 0; j < response.EnergyBinCount; j++)
        {
            for (var c = 0; c < response.ChannelCount; c++)
            {
                count += response[j, c] != 0 ? 1 : 0;
            }
        }

        return count;
    }
}
