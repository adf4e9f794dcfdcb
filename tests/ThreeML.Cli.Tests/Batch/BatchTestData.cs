using ThreeML.Cli.Tests.Support;

namespace ThreeML.Cli.Tests.Batch;

/// <summary>A batch of 12 fits for the batch tests: three GBM detectors of GRB 090217206 (../shared/data) with a power
/// law and a cut-off power law, and six spectra simulated with different seeds.</summary>
internal static class BatchTestData
{
    public const int TaskCount = 12;

    public const string Template = """
        data:
          - name: det
            observation: {{obs}}
            background: {{bak}}
            response: {{rsp}}
            selections: "{{sel}}"
        model:
          file: {{model}}
        analysis:
          type: mle
          options: {samples: 300}
        outputs:
          parameters: parameters.csv
          flux:
            - {emin: 10 keV, emax: 1 MeV, unit: erg/cm2/s, file: flux.csv}
        """;

    /// <summary>Writes the models, the simulated spectra, template.yml and batch.yml into <paramref name="folder"/>;
    /// returns the manifest's path.</summary>
    public static string Write(string folder)
    {
        var gbm = SharedData.Path("ogip/bn090217206")!;
        File.WriteAllText(Path.Combine(folder, "powerlaw.yml"), GrbModel("Powerlaw", "K: {value: 0.01, min_value: 1.0e-10, max_value: 10.0}", "index: {value: -1.5, min_value: -4.0, max_value: 1.0}"));
        File.WriteAllText(Path.Combine(folder, "cpl.yml"), GrbModel("Cutoff_powerlaw", "K: {value: 0.01, min_value: 1.0e-10, max_value: 10.0}", "index: {value: -1.0, min_value: -3.0, max_value: 1.0}", "xc: {value: 300.0, min_value: 10.0, max_value: 10000.0}"));
        File.WriteAllText(Path.Combine(folder, "template.yml"), Template);
        var rows = new List<string>();
        foreach (var (det, sel) in new[] { ("n6", "8.1-900"), ("n9", "8.1-900"), ("b1", "250-30000") })
        {
            foreach (var model in new[] { "powerlaw.yml", "cpl.yml" })
            {
                var stem = $"{gbm}/bn090217206_{det}";
                rows.Add($"    - {{obs: {stem}_srcspectra.pha, bak: {stem}_bkgspectra.bak, rsp: {stem}_weightedrsp.rsp, sel: \"{sel}\", model: {model}}}");
            }
        }

        for (var seed = 1; seed <= 6; seed++)
        {
            var sim = Path.Combine(folder, $"sim{seed}");
            Directory.CreateDirectory(sim);
            SyntheticData.Write(sim, seed);
            rows.Add($"    - {{obs: sim{seed}/src.pha, bak: sim{seed}/src_bak.pha, rsp: sim{seed}/src.rsp, sel: \"10-1000\", model: sim{seed}/model.yml}}");
        }

        var manifest = Path.Combine(folder, "batch.yml");
        File.WriteAllText(manifest, $"template: template.yml\nmaster_seed: 20260217\ntasks:\n  rows:\n{string.Join("\n", rows)}\n");
        return manifest;
    }

    /// <summary>Writes a manifest of <paramref name="count"/> replicated GBM NaI power-law fits (for stopping a run
    /// mid-way: in one process each task takes tens of milliseconds); returns its path.</summary>
    public static string WriteReplicas(string folder, int count)
    {
        var stem = SharedData.Path("ogip/bn090217206/bn090217206_n6")!;
        File.WriteAllText(Path.Combine(folder, "powerlaw.yml"), GrbModel("Powerlaw", "K: {value: 0.01, min_value: 1.0e-10, max_value: 10.0}", "index: {value: -1.5, min_value: -4.0, max_value: 1.0}"));
        File.WriteAllText(Path.Combine(folder, "replica.yml"), Template.Replace("data:", "# replica {{rep}}\ndata:", StringComparison.Ordinal));
        var manifest = Path.Combine(folder, "replicas.yml");
        File.WriteAllText(manifest, $"template: replica.yml\nmaster_seed: 3\ntasks:\n  product:\n    rep: [{string.Join(", ", Enumerable.Range(1, count))}]\n"
            + $"    obs: [{stem}_srcspectra.pha]\n    bak: [{stem}_bkgspectra.bak]\n    rsp: [{stem}_weightedrsp.rsp]\n    sel: [\"8.1-900\"]\n    model: [powerlaw.yml]\n");
        return manifest;
    }

    private static string GrbModel(string function, params string[] parameters) =>
        "grb (point source):\n  position:\n    ra: {value: 204.9}\n    dec: {value: -8.4}\n  spectrum:\n    main:\n      " + function + ":\n"
        + string.Concat(parameters.Select(p => "        " + p + "\n")) + "        piv: {value: 100.0, free: false}\n";
}
