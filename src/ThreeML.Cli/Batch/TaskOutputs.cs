using System.Globalization;
using ThreeML.Batch;
using ThreeML.Cli.Analysis;
using ThreeML.Cli.Output;
using ThreeML.Results;
using ThreeML.Results.Persistence;

namespace ThreeML.Cli.Batch;

/// <summary>Writes a task's outputs into its staging folder: the tables and plots the analysis asks for (the runner
/// writes the results file); returns the fluxes for the task record.</summary>
internal static class TaskOutputs
{
    public static List<BatchFlux> Write(AnalysisFile analysis, AnalysisResults results, DataList data, BatchTaskContext context, List<string> written)
    {
        var folder = context.Folder;
        var threads = context.MaxDegreeOfParallelism;
        if (analysis.Outputs.Results is { } extra && extra != BatchRunner.ResultsFile)
        {
            results.Write(Path.Combine(folder, extra), overwrite: true);
            written.Add(extra);
        }

        if (analysis.Outputs.Parameters is { } csv)
        {
            context.WriteText(csv, FitReport.ToCsv(results));
            written.Add(csv);
        }

        var fluxes = new List<BatchFlux>();
        foreach (var f in analysis.Outputs.Fluxes)
        {
            var request = FluxRequest.Create(f.EMin, f.EMax, f.Unit, f.SumSources, f.UseComponents, f.Components, f.ConfidenceLevel);
            var table = request.Compute(results, threads: threads);
            foreach (var row in table)
            {
                var label = string.Create(CultureInfo.InvariantCulture, $"flux {f.EMin}-{f.EMax} {f.Unit} cl{f.ConfidenceLevel} {row.Name}");
                fluxes.Add(new BatchFlux(label, row.Flux.Value, row.NegativeError, row.PositiveError, row.Flux.Unit.ToString()));
            }

            if (f.File is not null)
            {
                context.WriteText(f.File, table.ToCsv());
                written.Add(f.File);
            }
        }

        written.AddRange(PlotOutputs.Draw(analysis.Outputs.Plots, results, data, folder, analysis.Outputs.SpectrumUnit, PlotOutputs.CountSpectraOptions(analysis.Outputs, data)).Select(Path.GetFileName)!);
        return fluxes;
    }
}
