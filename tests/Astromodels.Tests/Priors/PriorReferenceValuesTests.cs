using System.Globalization;
using System.Text.Json;
using Astromodels.Priors;
using Astromodels.Tests.TestSupport;

namespace Astromodels.Tests.Priors;

/// <summary>
/// Every prior value in ../shared/reference/astromodels_function_values.json (computed by astromodels
/// v2.5.1, see its "provenance"): density, log density, unit-cube transform and default parameters.
/// </summary>
public sealed class PriorReferenceValuesTests
{
    private const string ReferenceFile = "reference/astromodels_function_values.json";
    private const double Tolerance = 1e-10;

    // astromodels' Gaussian and Log_normal transforms use √2 ≈ 1.414213562; ours is exact, so their
    // deviates are rescaled by this ratio before comparison (the change is 2.6e-10 relative).
    private const double Sqrt2Ratio = 1.4142135623730950488 / 1.414213562;

    [RequiresSharedDataFact(ReferenceFile)]
    public void Density_log_density_and_transform_match_astromodels()
    {
        var cases = 0;
        foreach (var entry in LoadPriors())
        {
            var key = entry.Name;
            var data = entry.Value;
            var prior = Create(key, data);
            var xs = Numbers(data.GetProperty("x"));
            var densities = Numbers(data.GetProperty("density"));
            var logDensities = Numbers(data.GetProperty("log_density"));
            for (var i = 0; i < xs.Length; i++)
            {
                PriorChecks.Close(densities[i], prior.Density(xs[i]), Tolerance, $"{key} density at {xs[i]}");
                PriorChecks.Close(logDensities[i], prior.LogDensity(xs[i]), Tolerance, $"{key} log density at {xs[i]}");
                cases++;
            }

            var transform = data.GetProperty("from_unit_cube");
            var us = Numbers(transform.GetProperty("u"));
            var expected = Numbers(transform.GetProperty("x"));
            for (var i = 0; i < us.Length; i++)
            {
                PriorChecks.Close(ExactSqrt2(prior, expected[i]), prior.FromUnitCube(us[i]), Tolerance, $"{key} from_unit_cube({us[i]})");
                cases++;
            }
        }

        Assert.True(cases >= 36, $"only {cases} reference values were checked");
    }

    [RequiresSharedDataFact(ReferenceFile)]
    public void Default_parameters_match_astromodels_declarations()
    {
        foreach (var entry in LoadPriors())
        {
            var prior = PriorFactory.Create(PriorNameOf(entry.Name));
            var declared = entry.Value.GetProperty("default_parameters").EnumerateObject().ToArray();
            Assert.Equal(declared.Select(p => p.Name), prior.Parameters.Select(p => p.Name));
            foreach (var (json, parameter) in declared.Zip(prior.Parameters))
            {
                Assert.Equal(Number(json.Value.GetProperty("value")), parameter.Value);
                Assert.Equal(NullableNumber(json.Value.GetProperty("min_value")), parameter.MinValue);
                Assert.Equal(NullableNumber(json.Value.GetProperty("max_value")), parameter.MaxValue);
                Assert.Equal(json.Value.GetProperty("free").GetBoolean(), parameter.Free);
            }
        }
    }

    private static IEnumerable<JsonProperty> LoadPriors()
    {
        var path = SharedData.PathOf(ReferenceFile)!;
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("priors").Clone().EnumerateObject().ToArray();
    }

    private static IPrior Create(string key, JsonElement data)
    {
        var values = data.GetProperty("set_parameters").EnumerateObject().ToDictionary(p => p.Name, p => Number(p.Value));
        return PriorFactory.Create(PriorNameOf(key), values);
    }

    // Keys are "<prior name>" or "<prior name>_<parameter it was used for>", e.g. "Log_normal_kT".
    private static string PriorNameOf(string key) =>
        PriorFactory.Names.Where(name => key == name || key.StartsWith(name + "_", StringComparison.Ordinal))
            .OrderByDescending(name => name.Length)
            .First();

    private static double ExactSqrt2(IPrior prior, double astromodelsValue) => prior switch
    {
        GaussianPrior g => g.Mu + ((astromodelsValue - g.Mu) * Sqrt2Ratio),
        LogNormal l => Math.Exp(l.Mu + ((Math.Log(astromodelsValue) - l.Mu) * Sqrt2Ratio)),
        _ => astromodelsValue,
    };

    private static double[] Numbers(JsonElement array) => array.EnumerateArray().Select(Number).ToArray();

    private static double? NullableNumber(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : Number(element);

    private static double Number(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.String => element.GetString() switch
        {
            "inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            "nan" => double.NaN,
            var text => double.Parse(text!, CultureInfo.InvariantCulture),
        },
        _ => throw new InvalidDataException($"Not a number: {element}"),
    };
}
