using System.CommandLine;
using System.Text.Json.Nodes;
using ThreeML.Cli.Analysis;
using ThreeML.Cli.Infrastructure;
using ThreeML.Cli.Output;

namespace ThreeML.Cli.Commands;

/// <summary><c>threeml fit ANALYSIS.yml [--out DIR]</c>: runs a declarative analysis file.</summary>
public static class FitCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("analysis") { Description = "The analysis file (YAML; see docs/analysis-file.md)." };
        var outDir = new Option<string?>("--out", "-o") { Description = "Folder for the outputs (results, tables, plots); default: the current folder." };
        var check = new Option<bool>("--check") { Description = "Validate the analysis file and the data, then stop." };
        var command = new Command("fit", "Run the maximum-likelihood fit or Bayesian analysis described by an analysis file.");
        command.Arguments.Add(file);
        command.Options.Add(outDir);
        command.Options.Add(check);
        CommandAction.Set(command, context, (parse, output) =>
            Run(parse.GetValue(file)!, parse.GetValue(outDir), parse.GetValue(check), output, context.Error));
        return command;
    }

    private static int Run(string path, string? outDir, bool checkOnly, CommandOutput output, TextWriter error)
    {
        var analysis = AnalysisFileReader.Read(path);
        if (analysis.TimeResolved is not null)
        {
            return TimeResolvedFit.Run(path, analysis, outDir, checkOnly, output, error);
        }

        var data = AnalysisDataBuilder.Build(analysis);
        var doc = new JsonObject { ["file"] = path, ["analysis"] = analysis.Analysis.Kind };
        if (checkOnly)
        {
            output.Line($"{path}: valid ({analysis.Data.Count} data sets, {analysis.Model.FreeParameterCount} free parameters).");
            doc["valid"] = true;
            output.Document(doc);
            return ExitCodes.Success;
        }

        // Every output is checked before the fit, so a long run never ends in "cannot write" or overwrites itself.
        OutputPlan.Check(outDir ?? Directory.GetCurrentDirectory(), analysis.Outputs);
        var (results, valid, reason) = ProgressRunner.RunPhases(output, phases => AnalysisRunner.Run(analysis, data, phases));
        var written = new JsonArray();
        var directory = outDir ?? Directory.GetCurrentDirectory();
        FitReport.Render(output, results);
        doc["valid"] = valid;
        doc["results"] = FitReport.ToJson(results);
        if (results is Bayesian.BayesianResults bayesian)
        {
            SamplerReport.Render(output, bayesian);
            doc["sampler"] = SamplerReport.ToJson(bayesian);
        }
        else
        {
            var atBound = BoundCheck.Warnings(results);
            foreach (var warning in atBound)
            {
                error.WriteLine($"threeml: warning: {warning}");
            }

            doc["at_bound"] = new JsonArray([.. atBound.Select(w => (JsonNode?)w)]);
        }
        var fluxes = new JsonArray();
        foreach (var f in analysis.Outputs.Fluxes)
        {
            var request = FluxRequest.Create(f.EMin, f.EMax, f.Unit, f.SumSources, f.UseComponents, f.Components, f.ConfidenceLevel);
            // An invalid fit still shows its fluxes, marked, since this command already fails and says why.
            var table = request.Compute(results, allowInvalid: !valid);
            FluxReport.Render(output, table, request.EMin, request.EMax);
            fluxes.Add((JsonNode)FluxReport.ToJson(table, request.EMin, request.EMax));
            if (f.File is not null)
            {
                written.Add((JsonNode)WriteText(directory, f.File, table.ToCsv()));
            }
        }

        doc["fluxes"] = fluxes;
        if (analysis.Outputs.Parameters is { } csv)
        {
            written.Add((JsonNode)WriteText(directory, csv, FitReport.ToCsv(results)));
        }

        if (analysis.Outputs.Results is { } fits)
        {
            var target = Path.Combine(directory, fits);
            ResultsFiles.Write(results, target);
            written.Add((JsonNode)target);
        }

        foreach (var plot in PlotOutputs.Draw(analysis.Outputs.Plots, results, data, directory, analysis.Outputs.SpectrumUnit,
                     PlotOutputs.CountSpectraOptions(analysis.Outputs, data)))
        {
            written.Add((JsonNode)plot);
        }

        doc["written"] = written;
        foreach (var w in written)
        {
            output.Line($"wrote {w}");
        }

        output.Document(doc);
        if (!valid)
        {
            error.WriteLine($"threeml: the fit is NOT valid ({reason ?? "no reason given"}); the values shown are the last point, and any results file written records FITVALID = F.");
            error.WriteLine("threeml: to try: start closer to the solution (set values in the model section), narrow or fix poorly constrained parameters, check the energy selections; 'threeml flux' refuses these results unless given --allow-invalid.");
            return ExitCodes.AnalysisFailure;
        }

        return ExitCodes.Success;
    }

    internal static string WriteText(string directory, string name, string text)
    {
        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, name);
        // An interrupted run never leaves half a table.
        ThreeML.Fits.AtomicFile.WriteAllText(target, text);
        return target;
    }
}
