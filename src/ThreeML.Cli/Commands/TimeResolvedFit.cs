using System.Globalization;
using System.Text.Json.Nodes;
using ThreeML.Cli.Analysis;
using ThreeML.Cli.Infrastructure;
using ThreeML.Cli.Output;
using ThreeML.Fitting;
using ThreeML.Results;
using ThreeML.Results.Persistence;

namespace ThreeML.Cli.Commands;

/// <summary><c>threeml fit</c> for an analysis file with a <c>time_resolved</c> section: one fit per interval, a table
/// of the parameters against time, the results set with 3ML's "time" SEQUENCE, and the plots.</summary>
internal static class TimeResolvedFit
{
    public static int Run(string path, AnalysisFile analysis, string? outDir, bool checkOnly, CommandOutput output, TextWriter error)
    {
        var directory = outDir ?? Directory.GetCurrentDirectory();
        var doc = new JsonObject { ["file"] = path, ["analysis"] = "mle", ["time_resolved"] = true };
        if (checkOnly)
        {
            var intervals = TimeResolvedRunner.Prepare(analysis).Intervals;
            output.Line($"{path}: valid ({analysis.Data.Count} time series, {intervals.Length} intervals, {analysis.Model.FreeParameterCount} free parameters).");
            doc["valid"] = true;
            output.Document(doc);
            return ExitCodes.Success;
        }

        OutputPlan.Check(directory, analysis.Outputs);
        var run = ProgressRunner.Run(output, "Fitting the intervals", _ => TimeResolvedRunner.Run(analysis));
        foreach (var note in run.Notes)
        {
            output.Line("note: " + note);
        }

        Render(output, run);
        var written = new JsonArray();
        var fluxes = new JsonArray();
        foreach (var f in analysis.Outputs.Fluxes)
        {
            var request = FluxRequest.Create(f.EMin, f.EMax, f.Unit, f.SumSources, f.UseComponents, f.Components, f.ConfidenceLevel);
            // Intervals whose fit is not valid still get their fluxes, marked, as a single fit's table is.
            var tables = run.Results.Select(r => request.Compute(r, allowInvalid: true)).ToList();
            RenderFluxes(output, run, tables, request);
            for (var i = 0; i < tables.Count; i++)
            {
                var json = FluxReport.ToJson(tables[i], request.EMin, request.EMax);
                json["interval"] = new JsonArray(run.Intervals[i].Start, run.Intervals[i].Stop);
                fluxes.Add((JsonNode)json);
            }

            if (f.File is not null)
            {
                written.Add((JsonNode)FitCommand.WriteText(directory, f.File, TimeResolvedOutputs.FluxCsv(run, tables)));
            }
        }

        if (analysis.Outputs.Parameters is { } csv)
        {
            written.Add((JsonNode)FitCommand.WriteText(directory, csv, TimeResolvedOutputs.ParametersCsv(run)));
        }

        if (analysis.Outputs.Results is { } fits)
        {
            var target = Path.Combine(directory, fits);
            run.Results.Write(target, overwrite: true);
            written.Add((JsonNode)target);
        }

        foreach (var plot in TimeResolvedOutputs.DrawPlots(analysis, run, directory))
        {
            written.Add((JsonNode)plot);
        }

        foreach (var w in written)
        {
            output.Line($"wrote {w}");
        }

        doc["valid"] = run.AllValid;
        doc["intervals"] = Intervals(run);
        doc["notes"] = new JsonArray([.. run.Notes.Select(n => (JsonNode?)n)]);
        doc["fluxes"] = fluxes;
        doc["written"] = written;
        output.Document(doc);
        if (!run.AllValid)
        {
            var bad = Enumerable.Range(0, run.Results.Count).Where(i => run.Results[i] is MLEResults { IsValid: false })
                .Select(i => $"{i} ({Interval(run, i)} s: {((MLEResults)run.Results[i]).Reason ?? "no reason given"})");
            error.WriteLine($"threeml: the fits of intervals {string.Join(", ", bad)} are NOT valid; they stay in the outputs, marked (FITVALID = F in the results file).");
            return ExitCodes.AnalysisFailure;
        }

        return ExitCodes.Success;
    }

    private static void Render(CommandOutput output, TimeResolvedRun run)
    {
        var paths = run.Results[0].GetParameterTable().Select(p => p.Path).ToList();
        var names = paths.Select(p => p[(p.LastIndexOf('.') + 1)..]).ToList();
        if (names.Distinct().Count() != names.Count)
        {
            names = paths;
        }

        var table = CommandOutput.Table($"Time-resolved MLE fits ({run.Results.Count} intervals; value, negative and positive error)",
            ["interval (s)", .. names, "-log(likelihood)", "valid"]);
        for (var i = 0; i < run.Results.Count; i++)
        {
            var rows = run.Results[i].GetParameterTable();
            var cells = new List<string?> { Interval(run, i) };
            cells.AddRange(paths.Select(p => rows.FirstOrDefault(r => r.Path == p) is { } r
                ? string.Create(CultureInfo.InvariantCulture, $"{r.Value:G5} {r.NegativeError:G2} +{r.PositiveError:G2}")
                : ""));
            cells.Add(run.Results[i].Statistics.MinusLogLikelihood.ToString("G8", CultureInfo.InvariantCulture));
            cells.Add(run.Results[i] is MLEResults { IsValid: false } mle ? $"NO: {mle.Reason}" : "yes");
            CommandOutput.AddRow(table, [.. cells]);
        }

        output.Render(table);
    }

    private static void RenderFluxes(CommandOutput output, TimeResolvedRun run, IReadOnlyList<FluxTable> tables, FluxRequest request)
    {
        var unit = tables.SelectMany(t => t).Select(r => r.Flux.Unit.ToString()).FirstOrDefault() ?? request.FluxUnit;
        var title = string.Create(CultureInfo.InvariantCulture,
            $"Flux {request.EMin} - {request.EMax} in {unit} per interval (median, {request.ConfidenceLevel:0.###} equal-tailed interval)");
        var table = CommandOutput.Table(title, "interval (s)", "", "flux", "low bound", "hi bound", "valid");
        for (var i = 0; i < tables.Count; i++)
        {
            foreach (var r in tables[i])
            {
                CommandOutput.AddRow(table, Interval(run, i), r.Name, G(r.Flux.Value), G(r.LowBound.Value), G(r.HighBound.Value),
                    tables[i].InvalidFitReason is null ? "yes" : "NO");
            }
        }

        output.Render(table);
    }

    private static string G(double v) => v.ToString("G4", CultureInfo.InvariantCulture);

    private static JsonArray Intervals(TimeResolvedRun run)
    {
        var list = new JsonArray();
        for (var i = 0; i < run.Results.Count; i++)
        {
            var item = FitReport.ToJson(run.Results[i]);
            item["start"] = run.Intervals[i].Start;
            item["stop"] = run.Intervals[i].Stop;
            item["valid"] = run.Results[i] is not MLEResults { IsValid: false };
            item["reason"] = (run.Results[i] as MLEResults)?.Reason;
            list.Add((JsonNode)item);
        }

        return list;
    }

    private static string Interval(TimeResolvedRun run, int i) =>
        string.Create(CultureInfo.InvariantCulture, $"{run.Intervals[i].Start:0.###}..{run.Intervals[i].Stop:0.###}");
}
