using System.CommandLine;
using System.Text.Json.Nodes;
using ThreeML.Cli.Analysis;
using ThreeML.Cli.Infrastructure;
using ThreeML.Cli.Output;
using ThreeML.Results;

namespace ThreeML.Cli.Commands;

/// <summary><c>threeml flux RESULTS.fits --emin 1keV --emax 1MeV --unit erg/cm2/s</c>: fluxes with errors propagated from
/// a results file.</summary>
public static class FluxCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("results") { Description = "A 3ML analysis-results FITS file (from 'threeml fit' or 3ML's write_to)." };
        var eMin = new Option<string>("--emin") { Description = "Lower end of the band: energy, frequency or wavelength with its unit (e.g. 1keV).", DefaultValueFactory = _ => "1keV" };
        var eMax = new Option<string>("--emax") { Description = "Upper end of the band (e.g. 1MeV).", DefaultValueFactory = _ => "1MeV" };
        var unit = new Option<string>("--unit") { Description = "Flux unit: photon (1/(cm2 s)), energy (erg/cm2/s) or nuFnu (erg2/(cm2 s)).", DefaultValueFactory = _ => "erg/cm2/s" };
        var sum = new Option<bool>("--sum-sources") { Description = "Add the sources into a 'total' row." };
        var components = new Option<bool>("--components") { Description = "One row per spectral component of composite spectra." };
        var only = new Option<string[]>("--component") { Description = "With --components: keep only this component (repeatable).", AllowMultipleArgumentsPerToken = true };
        var sources = new Option<string[]>("--source") { Description = "Include only this source (repeatable).", AllowMultipleArgumentsPerToken = true };
        var cl = new Option<double>("--cl") { Description = "Confidence level of the equal-tailed bounds.", DefaultValueFactory = _ => 0.68 };
        var allowInvalid = new Option<bool>("--allow-invalid") { Description = "Propagate fluxes from a fit that is not valid (refused otherwise); the output is marked." };
        var command = new Command("flux", "Fluxes in an energy band with errors propagated from a results file.");
        command.Arguments.Add(file);
        foreach (var o in new Option[] { eMin, eMax, unit, sum, components, only, sources, cl, allowInvalid })
        {
            command.Options.Add(o);
        }

        CommandAction.Set(command, context, (parse, output) =>
        {
            var request = FluxRequest.Create(parse.GetValue(eMin)!, parse.GetValue(eMax)!, parse.GetValue(unit)!,
                parse.GetValue(sum), parse.GetValue(components), NullIfEmpty(parse.GetValue(only)), parse.GetValue(cl), NullIfEmpty(parse.GetValue(sources)));
            var results = ResultsFiles.Read(parse.GetValue(file)!);
            var table = ProgressRunner.Run(output, "Propagating fluxes", _ => request.Compute(results, parse.GetValue(allowInvalid)));
            if (output.IsJson)
            {
                var doc = FluxReport.ToJson(table, request.EMin, request.EMax);
                doc["file"] = parse.GetValue(file);
                doc["resutype"] = results.ResultType;
                output.Document(doc);
            }
            else
            {
                FluxReport.Render(output, table, request.EMin, request.EMax);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // A repeatable option that was not given parses as an empty list, which GetFlux would read as "nothing".
    private static string[]? NullIfEmpty(string[]? values) => values is { Length: > 0 } ? values : null;
}
