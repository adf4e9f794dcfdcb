using Astromodels.Functions;

namespace Astromodels.Tests.Functions.Absorption;

/// <summary>Band integrals of absorbed continua on the absorber's fixed rule (cut at σ's edges), against adaptive
/// Gauss–Kronrod quadrature that knows nothing of the edges, run on 600 log-uniform pieces of the band (120 were not enough for 1e-8).</summary>
public class AbsorbedBandQuadratureTests
{
    private static double Reference(Function1D f, double a, double b, int k)
    {
        const int Pieces = 600;
        var sum = 0.0;
        for (var i = 0; i < Pieces; i++)
        {
            sum += f.IntegrateNumerically(a * Math.Pow(b / a, i / (double)Pieces), a * Math.Pow(b / a, (i + 1) / (double)Pieces), k);
        }

        return sum;
    }

    public static TheoryData<string, double, double, double, int> Cases => new()
    {
        { "tbabs", 0.1, 0.3, 10, 1 },
        { "tbabs", 3.0, 0.3, 10, 0 },
        { "tbabs-z", 0.5, 0.2, 12, 1 },
        { "phabs", 1.0, 0.1, 20, 2 },
        { "bcmc", 1.0, 0.5, 8, 1 },
        { "wabs", 0.3, 0.3, 30, 0 },
    };

    private static PhotoelectricAbsorption Absorber(string name, double nh) => name switch
    {
        "tbabs" => new TbAbs(NH: nh),
        "tbabs-z" => new TbAbs(NH: nh, redshift: 0.7),
        "phabs" => new PhAbs(NH: nh),
        "bcmc" => new PhAbs(NH: nh, crossSections: PhotoionizationCrossSections.Bcmc),
        _ => new WAbs(NH: nh),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixed_rule_matches_adaptive_quadrature(string absorber, double nh, double a, double b, int k)
    {
        var f = Absorber(absorber, nh) * new Powerlaw(K: 1e-2, index: -1.7);
        var expected = Reference(f, a, b, k);
        var got = f.Integral(a, b, k);
        Assert.True(Math.Abs(got / expected - 1) < 1e-8, $"{absorber}: {got:R} vs {expected:R} ({got / expected - 1:E2})");
    }

    [Fact]
    public void New_columns_and_indices_reuse_the_rule_and_stay_exact()
    {
        var absorber = new TbAbs();
        var continuum = new Powerlaw(K: 1e-2);
        var f = absorber * continuum;
        foreach (var (nh, index) in new[] { (0.2, -2.2), (0.21, -2.1), (5.0, -1.5) })
        {
            absorber.NH.Value = nh;
            continuum.Index.Value = index;
            var expected = Reference(f, 0.3, 10, 1);
            Assert.True(Math.Abs(f.Integral(0.3, 10, 1) / expected - 1) < 1e-8, $"NH {nh}, index {index}");
        }
    }

    [Fact]
    public void A_continuum_with_a_step_falls_back_to_adaptive_quadrature()
    {
        // The step at 2.345 keV is not a breakpoint of σ: the rule's error bound fails and the integral is adaptive.
        var f = new TbAbs(NH: 0.4) * new StepFunction(lower_bound: 2.345, upper_bound: 50, value: 3);
        var expected = Reference(f, 0.3, 10, 0);
        Assert.True(Math.Abs(f.Integral(0.3, 10, 0) / expected - 1) < 1e-8);
    }

    [Fact]
    public void The_absorber_alone_integrates_on_the_same_rule()
    {
        var f = new TbAbs(NH: 0.8);
        var expected = Reference(f, 0.3, 10, 0);
        Assert.True(Math.Abs(f.Integral(0.3, 10, 0) / expected - 1) < 1e-8);
    }
}
