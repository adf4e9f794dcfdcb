using System.Buffers;
using Astromodels;
using ThreeML.Results;

namespace ThreeML.Plotting;

/// <summary>The curves of 3ML's <c>plot_spectra</c>: for every selected source (or component, or the sum of sources)
/// the differential flux of every sample row on a log grid, reduced to the median and the equal-tailed band.</summary>
/// <remarks>All curves use the same sample rows (3ML resamples per source, [Q12]) and linked parameters follow each row,
/// as in <see cref="AnalysisResults.Propagate"/>.</remarks>
internal static class SpectrumBands
{
    private static readonly IReadOnlyList<string> Bases = ["1/(keV s cm2)", "keV/(keV s cm2)", "keV2/(keV s cm2)"];

    public static List<SpectrumBand> Compute(AnalysisResults results, SpectrumPlotOptions options, string labelSuffix = "", bool alwaysPropagate = false)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        if (!(options.EneMin > 0 && options.EneMax > options.EneMin) || options.NumEne < 2)
        {
            throw new ArgumentException($"The grid needs 0 < EneMin < EneMax and NumEne ≥ 2 (got {options.EneMin}, {options.EneMax}, {options.NumEne}).", nameof(options));
        }

        if (!(options.ConfidenceLevel > 0 && options.ConfidenceLevel < 1))
        {
            throw new ArgumentException($"The confidence level must lie strictly between 0 and 1 (got {options.ConfidenceLevel}).", nameof(options));
        }

        var (power, factor) = FluxConversion(options.FluxUnit);
        var xUnit = Unit.Parse(options.EnergyUnit);
        var x = new double[options.NumEne];
        var energies = new double[options.NumEne];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = options.EneMin * Math.Pow(options.EneMax / options.EneMin, i / (options.NumEne - 1.0));
            energies[i] = new Quantity(x[i], xUnit).ValueInSpectral(Units.keV);
        }

        var curves = Curves(results.OptimizedModel, options);
        var scales = energies.Select(e => factor * Math.Pow(e, power)).ToArray();
        var n = results.Samples.Count;

        // values[c] holds curve c at every grid point for every row, point after point (n rows each): one pooled block
        // per curve instead of one array per grid point, returned once the percentiles are read off.
        var values = new double[curves.Count][];
        try
        {
            for (var c = 0; c < values.Length; c++)
            {
                values[c] = ArrayPool<double>.Shared.Rent(n * energies.Length);
            }

            SampleCurves(results, curves, energies, scales, values, alwaysPropagate);
            var median = new double[curves.Count * x.Length];
            var lower = new double[curves.Count * x.Length];
            var upper = new double[curves.Count * x.Length];
            ForEachBlock(median.Length, Workers(n), (from, to) =>
            {
                for (var k = from; k < to; k++)
                {
                    var (c, i) = Math.DivRem(k, x.Length);
                    (median[k], lower[k], upper[k]) = SampleStatistics.EqualTailed(values[c].AsSpan(i * n, n), options.ConfidenceLevel);
                }
            });

            var bands = new List<SpectrumBand>(curves.Count);
            for (var c = 0; c < curves.Count; c++)
            {
                var at = c * x.Length;
                bands.Add(new SpectrumBand(curves[c].Label + labelSuffix, x, median[at..(at + x.Length)], lower[at..(at + x.Length)], upper[at..(at + x.Length)]));
            }

            return bands;
        }
        finally
        {
            foreach (var block in values)
            {
                if (block is not null)
                {
                    ArrayPool<double>.Shared.Return(block);
                }
            }
        }
    }

    /// <summary>Fills values[curve][energy · n + row] with every curve of every sample row on the grid, all from the same rows.</summary>
    /// <remarks>Rows are set one after the other on one copy of the model, as <see cref="AnalysisResults.Propagate"/>
    /// does, which costs one parameter update per row instead of one per row and grid point. A row outside the
    /// parameter bounds (possible for MLE draws when rejection gave up) cannot be set through the public API, so then
    /// every grid point goes through <see cref="AnalysisResults.Propagate"/>, which can.</remarks>
    private static void SampleCurves(AnalysisResults results, List<(string Label, FluxCurve Curve)> curves, double[] energies, double[] scales, double[][] values, bool alwaysPropagate)
    {
        var samples = results.Samples;
        var n = samples.Count;
        var model = results.OptimizedModel.Clone();
        var parameters = samples.Paths.Select(p => model[p]).ToArray();
        var inBounds = Enumerable.Range(0, parameters.Length).All(c =>
        {
            foreach (var v in samples[c])
            {
                if (!parameters[c].IsWithinBounds(v))
                {
                    return false;
                }
            }

            return true;
        });
        if (!inBounds || alwaysPropagate)
        {
            for (var c = 0; c < curves.Count; c++)
            {
                for (var i = 0; i < energies.Length; i++)
                {
                    var (curve, e, scale) = (curves[c].Curve, energies[i], scales[i]);
                    results.Propagate(m => scale * curve.Evaluate(m, e)).CopyTo(values[c], i * n);
                }
            }

            return;
        }

        // Each curve is evaluated on the whole grid at once (the functions' span kernels), not point by point; the rows
        // are shared out between the cores, each with its own copy of the model (every value is the same whichever core
        // computes it).
        ForEachBlock(n, Workers(n), (from, to) =>
        {
            var copy = from == 0 ? model : results.OptimizedModel.Clone();
            var handles = from == 0 ? parameters : [.. samples.Paths.Select(p => copy[p])];
            var onGrid = new double[energies.Length];
            var scratch = new double[energies.Length];
            for (var row = from; row < to; row++)
            {
                for (var p = 0; p < handles.Length; p++)
                {
                    handles[p].Value = samples[p][row];
                }

                for (var c = 0; c < curves.Count; c++)
                {
                    curves[c].Curve.Evaluate(copy, energies, onGrid, scratch);
                    var block = values[c];
                    for (int i = 0, at = row; i < energies.Length; i++, at += n)
                    {
                        block[at] = scales[i] * onGrid[i];
                    }
                }
            }
        });
    }

    /// <summary>How many cores share the work of <paramref name="rows"/> sample rows: one per 256 rows at most, so that
    /// small sample sets stay on one thread.</summary>
    private static int Workers(int rows) => Math.Clamp(rows / 256, 1, Environment.ProcessorCount);

    /// <summary>Runs <paramref name="body"/>(from, to) on <paramref name="workers"/> contiguous blocks of 0…count−1 in parallel.</summary>
    private static void ForEachBlock(int count, int workers, Action<int, int> body)
    {
        if (workers <= 1)
        {
            body(0, count);
            return;
        }

        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w => body(w * count / workers, (w + 1) * count / workers));
    }

    /// <summary>The power of E that turns the photon flux into the requested unit's kind, and the factor from
    /// keV^k/(keV s cm²) to it.</summary>
    internal static (int Power, double Factor) FluxConversion(string fluxUnit)
    {
        var unit = Unit.Parse(fluxUnit);
        for (var k = 0; k < Bases.Count; k++)
        {
            var basis = Unit.Parse(Bases[k]);
            if (basis.IsConvertibleTo(unit))
            {
                return (k, basis.ConversionFactorTo(unit));
            }
        }

        throw new ArgumentException($"'{fluxUnit}' is not a differential flux unit: use one like 1/(keV s cm2), erg/(keV s cm2) or erg2/(keV s cm2).", nameof(fluxUnit));
    }

    /// <summary>The curves of <see cref="SpectrumPlotOptions.Selection"/> (the selection <c>GetFlux</c> uses), labelled
    /// for a legend: a source's total by the source name, anything else by its flux-table label.</summary>
    private static List<(string Label, FluxCurve Curve)> Curves(Model model, SpectrumPlotOptions options) =>
        [.. options.Selection.Resolve(model).Select(c => (c.Source is { } s && c.Component == "total" ? s : c.Label, c))];
}
