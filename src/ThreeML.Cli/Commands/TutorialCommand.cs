using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using ThreeML.Bayesian.Samplers;
using ThreeML.Cli.Infrastructure;
using ThreeML.Cli.Tutorial;

namespace ThreeML.Cli.Commands;

/// <summary><c>threeml tutorial flux-examples [--out DIR] [--seed N] [--response FILE]</c>: runs 3ML's flux tutorial
/// end to end on the embedded demo response.</summary>
public static class TutorialCommand
{
    /// <summary>Creates the command with its <c>flux-examples</c> subcommand.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("tutorial", "Runs a 3ML tutorial end to end.");
        command.Subcommands.Add(FluxExamples(context));
        return command;
    }

    private static Command FluxExamples(CliContext context)
    {
        var outFolder = new Option<string>("--out") { Description = "Folder for plots, flux tables and results.fits.", DefaultValueFactory = _ => "tutorial-output" };
        var seed = new Option<int>("--seed") { Description = "Seed of the simulation and of the sampler.", DefaultValueFactory = _ => 1234 };
        var response = new Option<string?>("--response") { Description = "A response file (.rsp, .rmf) instead of the embedded demo BGO response." };
        var timings = new Option<bool>("--timings") { Description = "Write the wall and CPU time of each phase to standard error." };
        var command = new Command("flux-examples", "Point source fluxes and multiple sources: simulate two sources, link kT, nested sampling, fluxes in many units.");
        command.Options.Add(outFolder);
        command.Options.Add(seed);
        command.Options.Add(response);
        command.Options.Add(timings);
        CommandAction.Set(command, context, (parse, output) =>
        {
            var responsePath = parse.GetValue(response);
            if (responsePath is not null && !File.Exists(responsePath))
            {
                throw new CliException($"response file '{responsePath}' does not exist");
            }

            var options = new TutorialOptions(Path.GetFullPath(parse.GetValue(outFolder)!), parse.GetValue(seed), responsePath);
            var narration = output.IsJson ? TextWriter.Null : new LineForwarder(output);
            var phases = parse.GetValue(timings) ? new PhaseClock() : null;
            var summary = ProgressRunner.Run(output, "Nested sampling", progress =>
                FluxExamplesTutorial.Run(options, narration, new SamplerProgressAdapter(progress, 30000.0), phases));
            if (phases is not null)
            {
                context.Error.WriteLine(phases);
            }

            if (output.IsJson)
            {
                output.Document(new JsonObject
                {
                    ["output"] = options.OutputFolder,
                    ["files"] = new JsonArray([.. summary.Files.Select(f => (JsonNode?)JsonValue.Create(f))]),
                    ["likelihood_calls"] = summary.LikelihoodCalls,
                    ["ln_z"] = summary.LnZ,
                    ["ln_z_error"] = summary.LnZError,
                    ["elapsed_s"] = summary.Elapsed.TotalSeconds,
                });
            }
            else
            {
                output.Line(string.Create(CultureInfo.InvariantCulture, $"Wrote {summary.Files.Count} files to {options.OutputFolder} in {summary.Elapsed.TotalSeconds:F1} s."));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Forwards the tutorial's narration line by line to the command output.</summary>
    private sealed class LineForwarder(CommandOutput output) : StringWriter(CultureInfo.InvariantCulture)
    {
        public override void WriteLine(string? value) => output.Line(value ?? "");

        public override void WriteLine(object? value) => WriteLine(value?.ToString());

        public override void WriteLine() => output.Line();
    }

    /// <summary>Turns the sampler's call count into a 0–1 progress value. The number of calls a nested-sampling run
    /// needs is not known in advance, so the bar approaches 1 as 1 − exp(−calls/scale) (the tutorial needs ~75,000).</summary>
    private sealed class SamplerProgressAdapter(IProgress<double> target, double scale) : IProgress<SamplerProgress>
    {
        public void Report(SamplerProgress value) => target.Report(1.0 - Math.Exp(-value.LikelihoodCalls / scale));
    }
}
