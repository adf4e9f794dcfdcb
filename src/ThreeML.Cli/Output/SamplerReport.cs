using System.Globalization;
using System.Text.Json.Nodes;
using ThreeML.Bayesian;
using ThreeML.Bayesian.Samplers;
using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli.Output;

/// <summary>The diagnostics of a Bayesian run, as a table and as JSON: evidence ln Z ± error, effective sample size,
/// and likelihood calls (nested sampling) or acceptance fraction and autocorrelation times (ensemble).</summary>
public static class SamplerReport
{
    /// <summary>Renders the sampler table (nothing when the results carry no run).</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="results">Bayesian results.</param>
    public static void Render(CommandOutput output, BayesianResults results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Run is not { } run)
        {
            return;
        }

        var table = CommandOutput.Table($"Sampler ({run.SamplerName})", "", "value");
        foreach (var (name, value) in Rows(run))
        {
            CommandOutput.AddRow(table, name, value);
        }

        output.Render(table);
    }

    /// <summary>The sampler diagnostics as a JSON object (null when the results carry no run).</summary>
    /// <param name="results">Bayesian results.</param>
    public static JsonObject? ToJson(BayesianResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Run is not { } run)
        {
            return null;
        }

        return new JsonObject
        {
            ["sampler"] = run.SamplerName,
            ["ln_z"] = Finite(run.LnZ),
            ["ln_z_error"] = Finite(run.LnZError),
            ["effective_sample_size"] = Finite(run.EffectiveSampleSize),
            ["likelihood_calls"] = run.LikelihoodCalls,
            ["iterations"] = run.Iterations,
            ["acceptance_fraction"] = Finite(run.AcceptanceFraction),
            ["autocorrelation_times"] = run.AutocorrelationTimes is { } taus ? new JsonArray([.. taus.Select(t => (JsonNode?)Finite(t))]) : null,
            ["elapsed_seconds"] = run.Elapsed.TotalSeconds,
        };
    }

    /// <summary>The rows of the table: those that apply to the sampler that ran.</summary>
    internal static IEnumerable<(string Name, string Value)> Rows(SamplerRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.LnZ is { } lnZ)
        {
            yield return ("ln Z", run.LnZError is { } e ? $"{G(lnZ)} ± {G(e)}" : G(lnZ));
        }

        yield return ("effective sample size", run.EffectiveSampleSize.ToString("F0", CultureInfo.InvariantCulture));
        yield return ("likelihood calls", run.LikelihoodCalls.ToString("N0", CultureInfo.InvariantCulture));
        if (run.AcceptanceFraction is { } a)
        {
            yield return ("acceptance fraction", a.ToString("F3", CultureInfo.InvariantCulture));
        }

        if (run.AutocorrelationTimes is { Count: > 0 } taus)
        {
            var finite = taus.Where(double.IsFinite).ToArray();
            yield return ("autocorrelation time (steps)", finite.Length == 0
                ? "not estimated"
                : $"mean {G(finite.Average())}, max {G(finite.Max())}");
        }

        yield return ("time", $"{run.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
    }

    private static double? Finite(double? v) => v is { } x && double.IsFinite(x) ? x : null;

    private static string G(double v) => v.ToString("G5", CultureInfo.InvariantCulture);
}
