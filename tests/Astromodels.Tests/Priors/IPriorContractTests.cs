using Astromodels.Priors;
using CsCheck;

namespace Astromodels.Tests.Priors;

/// <summary>The <see cref="IPrior"/> contract, checked on every prior by name with astromodels' defaults and a non-default variant.</summary>
public sealed class IPriorContractTests
{
    private static readonly double[] AwkwardXs =
    [
        double.NaN, double.NegativeInfinity, double.PositiveInfinity, -double.MaxValue, double.MaxValue,
        -1e300, -90, -1, -1e-300, 0, 1e-300, 1e-20, 0.5, 1, 90, 100, 1e300,
    ];

    public static TheoryData<string> Names => new(PriorFactory.Names);

    private static IEnumerable<IPrior> Variants(string name)
    {
        var prior = PriorFactory.Create(name);
        yield return prior;
        yield return prior.WithParameters(prior.Parameters.Where(p => p.Free).ToDictionary(p => p.Name, p => Shifted(p)));
    }

    // A nearby valid value: bounds move apart, shapes grow.
    private static double Shifted(PriorParameter p) => p.Name switch
    {
        "lower_bound" when p.Value < 0 => p.Value / 2,
        "lower_bound" => p.Value * 2,
        "upper_bound" when p.Value < 0 => p.Value * 2,
        "upper_bound" => p.Value == 90 ? 60 : p.Value * 3,
        "mu" or "x0" => p.Value + 0.7,
        "value" or "F" or "K" => 2.5,
        _ => p.Value * 1.7,
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Density_and_log_density_are_never_nan_and_never_throw(string name)
    {
        foreach (var prior in Variants(name))
        {
            foreach (var x in AwkwardXs)
            {
                var density = prior.Density(x);
                var logDensity = prior.LogDensity(x);
                Assert.False(double.IsNaN(density), $"{prior}.Density({x}) is NaN");
                Assert.False(double.IsNaN(logDensity), $"{prior}.LogDensity({x}) is NaN");
                Assert.True(density >= 0, $"{prior}.Density({x}) = {density}");
                Assert.True(logDensity > double.NegativeInfinity || density == 0, $"{prior}: LogDensity({x}) = -inf but Density = {density}");
            }

            PriorChecks.LogDensityMatchesDensity(prior, Gen.Double);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void FromUnitCube_is_finite_monotone_and_inside_the_support(string name)
    {
        foreach (var prior in Variants(name))
        {
            PriorChecks.TransformIsMonotone(prior);
            // At u = 0 or 1 some transforms return an end of the support where the density is 0
            // (the excluded bounds of Log_uniform_prior, the poles of Cosine_Prior), as in astromodels.
            Gen.Double[1e-12, 1 - 1e-12].SampleFixed(u =>
            {
                var x = prior.FromUnitCube(u);
                return double.IsFinite(x) && prior.LogDensity(x) > double.NegativeInfinity;
            });
            Assert.True(double.IsFinite(prior.FromUnitCube(0)) && double.IsFinite(prior.FromUnitCube(1)), $"{prior} ends");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Parameters_round_trip_and_are_described(string name)
    {
        foreach (var prior in Variants(name))
        {
            var copy = PriorFactory.Create(name, prior.Parameters.ToDictionary(p => p.Name, p => p.Value));
            Assert.Equal(prior.Parameters, copy.Parameters);
            Assert.Equal(prior.ToString(), copy.ToString());
            Assert.StartsWith(name + "(", prior.ToString(), StringComparison.Ordinal);
            Assert.All(prior.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description)));
            Assert.Same(prior.GetType(), prior.WithParameters(new Dictionary<string, double>()).GetType());
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Unknown_parameter_name_is_rejected_with_a_suggestion(string name)
    {
        var prior = PriorFactory.Create(name);
        var typo = prior.Parameters[^1].Name + "x";
        PriorChecks.Throws<ArgumentException>(
            () => prior.WithParameters(new Dictionary<string, double> { [typo] = 1 }), name, $"'{typo}'", $"did you mean '{prior.Parameters[^1].Name}'");
    }
}
