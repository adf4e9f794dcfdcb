using System.Globalization;
using System.Text;
using ThreeML.Cli.Analysis;
using ThreeML.Plotting;
using ThreeML.Plugins;
using ThreeML.TimeSeries;
using ThreeML.Results;

namespace ThreeML.Cli.Output;

/// <summary>The tables and plots of a time-resolved analysis file: every row carries its interval, and an interval whose
/// fit is not valid says so in every table and figure.</summary>
public static class TimeResolvedOutputs
{
    /// <summary>The parameter table of every interval as CSV: interval_start, interval_stop (s), valid, then path, value,
    /// negative and positive error, unit; numbers round-trip exact.</summary>
    public static string ParametersCsv(TimeResolvedRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var sb = new StringBuilder("interval_start,interval_stop,valid,path,value,negative_error,positive_error,unit\n");
        for (var i = 0; i < run.Results.Count; i++)
        {
            foreach (var e in run.Results[i].GetParameterTable())
            {
                sb.Append(CultureInfo.InvariantCulture,
                    $"{run.Intervals[i].Start:R},{run.Intervals[i].Stop:R},{Valid(run.Results[i])},{e.Path},{e.Value:R},{e.NegativeError:R},{e.PositiveError:R},\"{e.Unit}\"\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>One flux table per interval as CSV: interval_start, interval_stop (s), fit_valid, then name, flux, bounds, unit.</summary>
    public static string FluxCsv(TimeResolvedRun run, IReadOnlyList<FluxTable> tables)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(tables);
        var sb = new StringBuilder("interval_start,interval_stop,fit_valid,name,flux,low_bound,hi_bound,unit\n");
        for (var i = 0; i < tables.Count; i++)
        {
            foreach (var r in tables[i])
            {
                sb.Append(CultureInfo.InvariantCulture,
                    $"{run.Intervals[i].Start:R},{run.Intervals[i].Stop:R},{Valid(run.Results[i])},\"{r.Name}\",{r.Flux.Value:R},{r.LowBound.Value:R},{r.HighBound.Value:R},\"{r.Flux.Unit}\"\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>Draws the plots a time-resolved file asks for into <paramref name="directory"/>: parameters_vs_time.png,
    /// lightcurve.png (the first data set, or the one cut into blocks, with the interval edges), spectra.png (every
    /// interval's spectrum) and count_spectra_time{i}.png (one per interval).</summary>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> DrawPlots(AnalysisFile file, TimeResolvedRun run, string directory)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(run);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var name in file.Outputs.Plots.Distinct())
        {
            if (name == "count_spectra")
            {
                written.AddRange(CountSpectra(file, run, directory));
                continue;
            }

            var figure = name switch
            {
                "parameters_vs_time" => TimeSeriesPlots.ViewParameterEvolution(run.Results),
                "lightcurve" => LightCurve(file, run),
                "spectra" => Spectra(file, run),
                _ => throw new ArgumentException($"Unknown plot '{name}' for a time-resolved analysis.", nameof(file)),
            };
            var path = Path.Combine(directory, name + ".png");
            figure.SavePng(path);
            written.Add(path);
        }

        return written;
    }

    private static IEnumerable<string> CountSpectra(AnalysisFile file, TimeResolvedRun run, string directory)
    {
        for (var i = 0; i < run.Results.Count; i++)
        {
            // The interval's plugins are data; the plot binds copies to the interval's best fit.
            var model = run.Results[i].OptimizedModel.Clone();
            var plugins = run.Data[i].Select(p => p.Bind(model)).OfType<SpectrumLike>().ToArray();
            var path = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"count_spectra_time{i}.png"));
            Plots.DisplaySpectrumModelCounts(plugins, PlotOutputs.CountSpectraOptions(file.Outputs, run.Data[i])).SavePng(path);
            yield return path;
        }
    }

    /// <summary>Every interval's spectrum over the energies the fits used (the selected channels of the data sets), where
    /// a cut-off spectrum's band does not stretch the axis over decades of nothing.</summary>
    private static PlotFigure Spectra(AnalysisFile file, TimeResolvedRun run)
    {
        var lo = double.PositiveInfinity;
        var hi = 0.0;
        foreach (var plugin in run.Data[0].OfType<SpectrumLike>())
        {
            var mask = plugin.Mask;
            var edges = plugin.Observation.Edges;
            var first = mask.IndexOf(true);
            var last = mask.LastIndexOf(true);
            if (first >= 0)
            {
                lo = Math.Min(lo, edges[first]);
                hi = Math.Max(hi, edges[last + 1]);
            }
        }

        var options = new SpectrumPlotOptions { FluxUnit = file.Outputs.SpectrumUnit };
        if (hi > lo && lo > 0)
        {
            options = options with { EneMin = lo, EneMax = hi };
        }

        return TimeSeriesPlots.ViewTimeResolvedSpectra(run.Results, options);
    }

    private static PlotFigure LightCurve(AnalysisFile file, TimeResolvedRun run)
    {
        var blocks = file.TimeResolved?.Blocks;
        var index = blocks is null ? 0 : Math.Max(0, file.Data.Select(d => d.Name).ToList().IndexOf(blocks.Data));
        var first = run.Intervals[0].Start;
        var last = run.Intervals[^1].Stop;
        // The intervals with room on both sides for the background before and after.
        var margin = 0.5 * Math.Max(last - first, 10);
        var edges = run.Intervals.Select(t => t.Start).Append(last).Distinct().ToArray();
        // Each interval was made active in turn to build its plugin; the figure shades them all.
        run.Series[index].SetActiveTimeInterval([.. run.Intervals]);
        return TimeSeriesPlots.ViewLightCurve(run.Series[index], first - margin, last + margin,
            blocks?.EnergyMin ?? 8, double.IsFinite(blocks?.EnergyMax ?? double.NaN) ? blocks!.EnergyMax : 1000, edges);
    }

    private static string Valid(AnalysisResults results) => results is Fitting.MLEResults { IsValid: false } ? "false" : "true";
}
