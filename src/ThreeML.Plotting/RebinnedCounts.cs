using ThreeML.Plugins;
using ThreeML.Spectra;
using ThreeML.Statistics;

namespace ThreeML.Plotting;

/// <summary>The per-bin quantities of a data-vs-model count plot for one plugin (3ML's
/// <c>SpectrumLike._construct_counts_arrays</c>): display rebinning on the expected model rate, rate densities and
/// residuals.</summary>
/// <remarks>
/// Significance residuals follow 3ML: Poisson data over a Poisson background, Li &amp; Ma with N_on = observed counts,
/// N_off = background counts + model counts / α; over a Gaussian background, Vianello's equivalent with the expected
/// counts αB + M; over an ideal or no background, the Poisson tail probability of the counts given αB + M, in σ;
/// Gaussian data, (data − αB − M) / √(σ_data² + (ασ_B)²). 3ML passes the unscaled σ_B in both Gaussian-background
/// cases; it is scaled by α here (identical when α = 1). Ratio residuals are (data − model)/model of the quantities
/// displayed, with errors σ_data/model (3ML compares total counts with the source model there).
/// </remarks>
internal sealed class RebinnedCounts
{
    public required string Name { get; init; }
    public required double[] Low { get; init; }
    public required double[] High { get; init; }
    public required double[] MeanEnergy { get; init; }
    public required double[] Data { get; init; }
    public required double[] DataError { get; init; }
    public required double[] Model { get; init; }
    public required double[] Background { get; init; }
    public required double[] Residual { get; init; }
    public required double[] ResidualError { get; init; }

    public int Count => Low.Length;

    /// <summary>The quantities for one plugin, rebinned on <see cref="ModelCountsPlotOptions.MinRate"/>.</summary>
    public static RebinnedCounts From(SpectrumLike plugin, ModelCountsPlotOptions options) => From(plugin, options, options.MinRate);

    /// <summary>The quantities for one plugin, rebinned until the model rate of each bin reaches
    /// <paramref name="minRate"/> counts per second (null: the plugin's own rebinning, or single channels).</summary>
    public static RebinnedCounts From(SpectrumLike plugin, ModelCountsPlotOptions options, double? minRate)
    {
        var obs = plugin.Observation;
        var n = obs.ChannelCount;
        var edges = obs.Edges;
        var t = obs.Exposure;
        var modelCounts = plugin.GetExpectedModelCounts();
        var modelRate = modelCounts.Select(c => c / t).ToArray();
        var o = obs.Counts.ToArray();
        var oErr = obs.HasCountErrors ? obs.CountErrors.ToArray() : o.Select(c => Math.Sqrt(Math.Max(c, 0))).ToArray();
        var bkg = plugin.Background;
        var hasBackground = bkg is not null && plugin.BackgroundNoise != BackgroundNoise.None;
        var b = hasBackground ? bkg!.Counts.ToArray() : new double[n];
        var bErr = !hasBackground ? new double[n] : bkg!.HasCountErrors ? bkg.CountErrors.ToArray() : b.Select(c => Math.Sqrt(Math.Max(c, 0))).ToArray();
        var bScale = hasBackground ? plugin.AreaRatio / bkg!.Exposure : 0.0;

        var rebinner = minRate is { } rate
            ? Rebinner.ByMinimum(modelRate, rate, plugin.Mask)
            : plugin.Rebinner ?? Rebinner.ByMinimum(modelRate, 1e-99, plugin.Mask);
        var m = rebinner.BinCount;
        double[] Sum(double[] v)
        {
            var r = new double[m];
            rebinner.Rebin(v, r);
            return r;
        }

        double[] Quad(double[] v)
        {
            var r = new double[m];
            rebinner.RebinErrors(v, r);
            return r;
        }

        var ro = Sum(o);
        var roErr = Quad(oErr);
        var rb = Sum(b);
        var rbErr = Quad(bErr);
        var rm = Sum(modelCounts);
        var alpha = plugin.ScaleFactor;
        var lowE = new double[m];
        var highE = new double[m];
        var mean = new double[m];
        var data = new double[m];
        var dataErr = new double[m];
        var model = new double[m];
        var background = new double[m];
        var residual = new double[m];
        var residualErr = new double[m];
        for (var k = 0; k < m; k++)
        {
            var (first, stop) = (rebinner.Starts[k], rebinner.Stops[k]);
            lowE[k] = edges[first];
            highE[k] = edges[stop];
            mean[k] = WeightedCentre(edges, o, first, stop);
            var width = highE[k] - lowE[k];
            var oRate = ro[k] / t;
            var oRateErr = roErr[k] / t;
            var bRate = rb[k] * bScale;
            var bRateErr = rbErr[k] * bScale;
            var mRate = rm[k] / t;
            background[k] = bRate / width;
            if (options.SourceOnly)
            {
                data[k] = (oRate - bRate) / width;
                dataErr[k] = Math.Sqrt(oRateErr * oRateErr + bRateErr * bRateErr) / width;
                model[k] = mRate / width;
            }
            else
            {
                data[k] = oRate / width;
                dataErr[k] = oRateErr / width;
                model[k] = (mRate + bRate) / width;
            }

            if (options.RatioResiduals)
            {
                residual[k] = (data[k] - model[k]) / model[k];
                residualErr[k] = dataErr[k] / model[k];
            }
            else
            {
                residual[k] = Significance(plugin, ro[k], roErr[k], rb[k], rbErr[k], rm[k], alpha);
                residualErr[k] = 1.0;
            }
        }

        return new RebinnedCounts
        {
            Name = plugin.Name, Low = lowE, High = highE, MeanEnergy = mean, Data = data, DataError = dataErr, Model = model,
            Background = background, Residual = residual, ResidualError = residualErr,
        };
    }

    private static double Significance(SpectrumLike plugin, double o, double oErr, double b, double bErr, double m, double alpha)
    {
        var on = Math.Max(o, 0);
        return (plugin.ObservationNoise, plugin.BackgroundNoise) switch
        {
            (ObservationNoise.Poisson, BackgroundNoise.Poisson) => Statistics.Significance.LiMa(on, Math.Max(b + m / alpha, 0), alpha),
            (ObservationNoise.Poisson, BackgroundNoise.Gaussian) => Statistics.Significance.LiMaForGaussianBackground(on, Math.Max(alpha * b + m, 0), alpha * bErr),
            (ObservationNoise.Poisson, _) => Statistics.Significance.PoissonWithKnownBackground(on, Math.Max(alpha * b + m, 0)),
            _ => (o - alpha * b - m) / Math.Sqrt(oErr * oErr + alpha * alpha * bErr * bErr),
        };
    }

    /// <summary>The count-weighted mean of the channel centres of a bin (negative counts weigh nothing), or the bin's
    /// centre when it is empty (3ML's display x).</summary>
    private static double WeightedCentre(ReadOnlySpan<double> edges, double[] counts, int first, int stop)
    {
        double sw = 0, swx = 0;
        for (var i = first; i < stop; i++)
        {
            var w = Math.Max(counts[i], 0);
            sw += w;
            swx += w * 0.5 * (edges[i] + edges[i + 1]);
        }

        return sw > 0 ? swx / sw : 0.5 * (edges[first] + edges[stop]);
    }
}
