using System.Globalization;
using Astromodels.Text;
using ScottPlot;
using ThreeML.Results;

namespace ThreeML.Plotting;

/// <summary>Builds the parameter-against-time figure of a time-resolved results set: one panel per parameter, a point
/// per interval at its middle with the interval's half-width as x error and the 68 % equal-tailed error as y error.</summary>
internal static class ParameterEvolutionFigure
{
    private static readonly Color ValidColour = Color.FromHex("#1f77b4");
    private static readonly Color InvalidColour = Color.FromHex("#d62728");

    public static PlotFigure Build(AnalysisResultsSet set, IReadOnlyList<string> parameters, int width, int height)
    {
        var (lower, upper, label) = Bins(set);
        var names = parameters.Count > 0 ? parameters : set[0].FreeParameterPaths;
        var panels = new List<FigurePanel>(names.Count);
        var panelHeight = 1.0 / names.Count;
        for (var p = 0; p < names.Count; p++)
        {
            var last = p == names.Count - 1;
            var plot = FigureStyle.NewPlot(left: 90, bottom: last ? 50 : 8, top: p == 0 ? 40 : 8);
            var any = false;
            foreach (var valid in new[] { true, false })
            {
                var x = new List<double>();
                var xErr = new List<double>();
                var y = new List<double>();
                var down = new List<double>();
                var up = new List<double>();
                for (var i = 0; i < set.Count; i++)
                {
                    if (IsValid(set[i]) != valid)
                    {
                        continue;
                    }

                    var path = Resolve(set[i], names[p], i);
                    var row = set[i].GetParameterTable().First(r => r.Path == path);
                    x.Add(0.5 * (lower[i] + upper[i]));
                    xErr.Add(0.5 * (upper[i] - lower[i]));
                    y.Add(row.Value);
                    down.Add(-row.NegativeError);
                    up.Add(row.PositiveError);
                }

                if (x.Count == 0)
                {
                    continue;
                }

                any = true;
                var colour = valid ? ValidColour : InvalidColour;
                var xs = x.ToArray();
                var ys = y.ToArray();
                var bars = plot.Add.ErrorBar(xs, ys, up.ToArray());
                bars.XErrorPositive = [.. xErr];
                bars.XErrorNegative = [.. xErr];
                bars.YErrorPositive = [.. up];
                bars.YErrorNegative = [.. down];
                bars.Color = colour;
                bars.CapSize = 0;
                var markers = plot.Add.ScatterPoints(xs, ys, colour);
                markers.MarkerSize = 6;
                markers.MarkerShape = valid ? MarkerShape.FilledCircle : MarkerShape.OpenCircle;
                markers.LegendText = valid ? string.Empty : "fit not valid";
            }

            var name = Resolve(set[0], names[p], 0);
            var unit = set[0].OptimizedModel[name].Unit.ToString();
            plot.YLabel(unit.Length == 0 ? ShortName(name) : $"{ShortName(name)} ({unit})");
            if (last)
            {
                plot.XLabel(label);
            }
            else
            {
                plot.Axes.Bottom.TickLabelStyle.IsVisible = false;
            }

            if (p == 0)
            {
                plot.Title(set.Count == 1 ? "1 interval" : $"{set.Count.ToString(CultureInfo.InvariantCulture)} intervals");
            }

            plot.Axes.SetLimitsX(lower.Min() - 0.02 * (upper.Max() - lower.Min()), upper.Max() + 0.02 * (upper.Max() - lower.Min()));
            if (any && Enumerable.Range(0, set.Count).Any(i => !IsValid(set[i])))
            {
                plot.ShowLegend(Alignment.UpperRight);
            }

            FigureStyle.Finish(plot);
            panels.Add(FigurePanel.Fraction(plot, 0, p * panelHeight, 1, panelHeight));
        }

        return new PlotFigure(panels, width, height);
    }

    private static bool IsValid(AnalysisResults result) => result is not Fitting.MLEResults mle || mle.IsValid;

    /// <summary>The bins of the set's sequence: LOWER_BOUND/UPPER_BOUND, or VALUE as zero-width bins.</summary>
    private static (double[] Lower, double[] Upper, string Label) Bins(AnalysisResultsSet set)
    {
        var sequence = set.Sequence;
        var columns = sequence.Columns;
        var lower = columns.FirstOrDefault(c => c.Name.Equals(ResultsSequence.LowerBoundColumn, StringComparison.OrdinalIgnoreCase));
        var upper = columns.FirstOrDefault(c => c.Name.Equals(ResultsSequence.UpperBoundColumn, StringComparison.OrdinalIgnoreCase));
        var value = columns.FirstOrDefault(c => c.Name.Equals(ResultsSequence.ValueColumn, StringComparison.OrdinalIgnoreCase));
        double[] lo;
        double[] hi;
        Astromodels.Unit? unit;
        if (lower is not null && upper is not null)
        {
            (lo, hi, unit) = ([.. lower.Values], [.. upper.Values], lower.Unit);
        }
        else if (value is not null)
        {
            (lo, hi, unit) = ([.. value.Values], [.. value.Values], value.Unit);
        }
        else
        {
            throw new ArgumentException(
                $"The set's sequence '{sequence.Name}' has neither LOWER_BOUND/UPPER_BOUND nor VALUE columns (it has {string.Join(", ", columns.Select(c => c.Name))}); expected the bins of a time-resolved set.",
                nameof(set));
        }

        var axis = sequence.Name == "time" ? "Time since trigger" : sequence.Name;
        return (lo, hi, unit is null ? axis : $"{axis} ({unit})");
    }

    /// <summary>A free-parameter path of the result from a full path or its last part ("index").</summary>
    private static string Resolve(AnalysisResults result, string name, int index)
    {
        var paths = result.FreeParameterPaths;
        if (paths.Contains(name))
        {
            return name;
        }

        var matches = paths.Where(p => p.EndsWith("." + name, StringComparison.Ordinal)).ToArray();
        return matches.Length == 1
            ? matches[0]
            : throw new ArgumentException(matches.Length > 1
                ? $"Parameter '{name}' matches {string.Join(", ", matches)} in result {index}; give the full path."
                : $"Result {index} has no free parameter '{name}'; it has {string.Join(", ", paths)}.{NameSuggester.DidYouMean(name, paths)}", nameof(name));
    }

    private static string ShortName(string path) => path[(path.LastIndexOf('.') + 1)..];
}
