using System.CommandLine;
using System.Text.Json.Nodes;
using Astromodels.Serialization;
using Astromodels;
using Astromodels.Functions;
using ThreeML.Cli.Infrastructure;
using ThreeML.Ogip;
using ThreeML.Plugins;
using ThreeML.Spectra;

namespace ThreeML.Cli.Commands;

/// <summary><c>threeml simulate</c>: fakeit-like PHA files from a model folded through a response.</summary>
public static class SimulateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var model = new Option<string>("--model") { Description = "Astromodels YAML model file; its point source (or --source) is simulated.", Required = true };
        var source = new Option<string?>("--source") { Description = "The source of the model to simulate (default: the only/first one)." };
        var response = new Option<string>("--response") { Description = "The RSP or RMF file.", Required = true };
        var arf = new Option<string?>("--arf") { Description = "An ARF to multiply into an RMF." };
        var bkgModel = new Option<string?>("--background-model") { Description = "Astromodels YAML model of the background rate, integrated over channel energies as 3ML does." };
        var bkgFile = new Option<string?>("--background") { Description = "A background PHA file: its rate (scaled to --exposure) is added to the source and the file is referenced as BACKFILE." };
        var exposure = new Option<double>("--exposure") { Description = "Exposure, s.", DefaultValueFactory = _ => 1.0 };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1234 };
        var outBase = new Option<string>("--out") { Description = "Output base: writes BASE.pha (and BASE_bak.pha with --background-model).", Required = true };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace existing output files." };
        var command = new Command("simulate", "Simulate PHA spectra (fakeit-like) from a model and a response.");
        foreach (var o in new Option[] { model, source, response, arf, bkgModel, bkgFile, exposure, seed, outBase, overwrite })
        {
            command.Options.Add(o);
        }

        CommandAction.Set(command, context, (p, output) => Run(new Request(p.GetValue(model)!, p.GetValue(source), p.GetValue(response)!,
            p.GetValue(arf), p.GetValue(bkgModel), p.GetValue(bkgFile), p.GetValue(exposure), p.GetValue(seed), p.GetValue(outBase)!, p.GetValue(overwrite)), output));
        return command;
    }

    private sealed record Request(string Model, string? Source, string Response, string? Arf, string? BackgroundModel, string? Background,
        double Exposure, int Seed, string Out, bool Overwrite);

    private static int Run(Request r, CommandOutput output)
    {
        if (!(r.Exposure > 0) || !double.IsFinite(r.Exposure))
        {
            throw new CliException("--exposure must be a positive number of seconds.");
        }

        if (r.BackgroundModel is not null && r.Background is not null)
        {
            throw new CliException("give either --background-model or --background, not both.");
        }

        foreach (var f in new[] { r.Model, r.Response, r.Arf, r.BackgroundModel, r.Background })
        {
            if (f is not null && !File.Exists(f))
            {
                throw new CliException($"no such file: '{f}'.");
            }
        }

        var function = SourceFunction(Model.Load(r.Model), r.Source, "--model");
        var background = r.BackgroundModel is null ? null : SourceFunction(Model.Load(r.BackgroundModel), null, "--background-model");
        var response = OgipResponse.Read(r.Response, r.Arf);
        var random = new Random(r.Seed);
        var sim = DispersionSpectrumLike.FromFunction("simulated", function, response, random, background, exposure: r.Exposure);
        var counts = sim.Observation.Counts.ToArray();
        var simulated = sim;
        if (r.Background is not null)
        {
            var bkg = PhaSpectrum.Read(r.Background);
            if (bkg.ChannelCount != counts.Length)
            {
                throw new CliException($"the background '{r.Background}' has {bkg.ChannelCount} channels but the response has {counts.Length}.");
            }

            // The background rate is drawn into the observation as an instrument would record it, and the background
            // spectrum goes with it so that a fit subtracts it.
            var scale = r.Exposure / bkg.Exposure;
            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] += MathNet.Numerics.Distributions.Poisson.Sample(random, Math.Max(bkg.Counts[i] * scale, 1e-300));
            }

            simulated = new DispersionSpectrumLike("simulated", (BinnedSpectrumWithDispersion)sim.Observation.WithCounts(counts),
                bkg.ToBinnedSpectrum(response.ChannelEdges));
        }

        var stem = r.Out.EndsWith(".pha", StringComparison.OrdinalIgnoreCase) ? r.Out[..^4] : r.Out;
        var directory = Path.GetDirectoryName(Path.GetFullPath(stem));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        try
        {
            simulated.WritePha(stem, r.Overwrite);
        }
        catch (IOException e) when (!r.Overwrite && File.Exists(stem + ".pha") | File.Exists(stem + "_bak.pha") | File.Exists(stem + ".rsp"))
        {
            throw new CliException($"{e.Message.TrimEnd('.')}; pass --overwrite to replace.", ExitCodes.UsageError, e);
        }

        List<string> written = [stem + ".pha", .. simulated.Background is null ? Array.Empty<string>() : [stem + "_bak.pha"], stem + ".rsp"];
        output.Document(new JsonObject
        {
            ["files"] = new JsonArray([.. written.Select(w => (JsonNode?)w)]),
            ["channels"] = counts.Length,
            ["exposure"] = r.Exposure,
            ["total_counts"] = counts.Sum(),
            ["seed"] = r.Seed,
        });
        foreach (var w in written)
        {
            output.Line($"wrote {w}");
        }

        output.Line(FormattableString.Invariant($"{counts.Sum():G} counts in {counts.Length} channels, exposure {r.Exposure:G} s."));
        return ExitCodes.Success;
    }

    private static Function1D SourceFunction(Model model, string? name, string option)
    {
        if (model.PointSourceCount == 0)
        {
            throw new CliException($"{option}: the model has no point source.");
        }

        var source = name is null ? model.PointSources[0]
            : model.Sources.TryGetValue(name, out var s) ? s
            : throw new CliException($"--source: the model has no source '{name}'{Suggestions.DidYouMean(name, model.Sources.Keys)}.");
        return source.Components.Select(c => c.Shape).Aggregate((a, b) => a + b);
    }
}
