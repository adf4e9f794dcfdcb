using Astromodels;
using ThreeML.Results;

namespace ThreeML.Cli.Tutorial;

/// <summary>The tutorial's five <c>get_flux</c> calls, each with the integration method the tutorial used (quad, then
/// trapz) and with our exact default, printed and written as text and CSV.</summary>
internal static class TutorialFluxTables
{
    private sealed record FluxCall(string Name, string Description, FluxIntegration TutorialMethod, Func<AnalysisResults, FluxOptions, FluxTable> Compute);

    private static readonly FluxCall[] Calls =
    [
        new("energy_flux", "get_flux(ene_min=1 keV, ene_max=1 MeV, flux_unit=\"erg/cm2/s\")", FluxIntegration.Quad,
            (r, o) => r.GetFlux(1 * Units.keV, 1 * Units.MeV, fluxUnit: "erg/cm2/s", options: o)),
        new("energy_flux_summed", "get_flux(ene_min=1 keV, ene_max=1 MeV, flux_unit=\"erg/cm2/s\", sum_sources=True)", FluxIntegration.Trapz,
            (r, o) => r.GetFlux(1 * Units.keV, 1 * Units.MeV, fluxUnit: "erg/cm2/s", sumSources: true, options: o)),
        new("photon_flux_components", "get_flux(ene_min=10 keV, ene_max=0.5 MeV, use_components=True, flux_unit=\"1/(cm2 s)\")", FluxIntegration.Trapz,
            (r, o) => r.GetFlux(10 * Units.keV, 0.5 * Units.MeV, useComponents: true, fluxUnit: "1/(cm2 s)", options: o)),
        new("nufnu_blackbody", "get_flux(ene_min=10 keV, ene_max=0.5 MeV, use_components=True, components_to_use=[\"Blackbody\"], flux_unit=\"erg2/(cm2 s)\")", FluxIntegration.Trapz,
            (r, o) => r.GetFlux(10 * Units.keV, 0.5 * Units.MeV, useComponents: true, componentsToUse: ["Blackbody"], fluxUnit: "erg2/(cm2 s)", options: o)),
        new("energy_flux_again", "flux = get_flux(ene_min=1 keV, ene_max=1 MeV, flux_unit=\"erg/cm2/s\"); flux[\"src1: total\"]", FluxIntegration.Trapz,
            (r, o) => r.GetFlux(1 * Units.keV, 1 * Units.MeV, fluxUnit: "erg/cm2/s", options: o)),
    ];

    /// <summary>Computes, prints and writes every table; returns the files written.</summary>
    public static IReadOnlyList<string> Write(string folder, AnalysisResults results, TextWriter output)
    {
        var files = new List<string>();
        for (var i = 0; i < Calls.Length; i++)
        {
            var call = Calls[i];
            output.WriteLine($"[{i + 1}] {call.Description}");
            foreach (var method in new[] { call.TutorialMethod, FluxIntegration.Exact })
            {
                var table = call.Compute(results, new FluxOptions(method));
                var label = method.ToString().ToLowerInvariant();
                output.WriteLine($"  {label} ({(method == FluxIntegration.Exact ? "our default" : "as in the tutorial")}):");
                foreach (var line in table.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    output.WriteLine("    " + line);
                }

                var basePath = Path.Combine(folder, $"flux_{i + 1}_{call.Name}_{label}");
                WriteAtomically(basePath + ".txt", $"# {call.Description}  [{label}]\n" + table);
                WriteAtomically(basePath + ".csv", table.ToCsv());
                files.Add(basePath + ".txt");
                files.Add(basePath + ".csv");
            }

            output.WriteLine();
        }

        return files;
    }

    private static void WriteAtomically(string path, string text)
    {
        ThreeML.Fits.AtomicFile.WriteAllText(path, text);
    }
}
