using Astromodels.Functions;

namespace Astromodels.Tests.Functions;

public class FunctionFactoryTests
{
    private static readonly string[] AstromodelsNames =
    [
        "Band", "Band_Calderone", "Band_grbm", "Blackbody", "Broken_powerlaw", "Constant", "Cubic", "Cutoff_powerlaw",
        "Cutoff_powerlaw_Ep", "DiracDelta", "Exponential_cutoff", "Gaussian", "Inverse_cutoff_powerlaw", "Line", "Log_parabola",
        "ModifiedBlackbody", "NonDissipativePhotosphere", "NonDissipativePhotosphere_Deep", "Powerlaw", "Powerlaw_Eflux",
        "Powerlaw_flux", "Quadratic", "Quartic", "Sin", "SmoothlyBrokenPowerLaw", "StepFunction", "StepFunctionUpper",
        "Super_cutoff_powerlaw",
        "PhAbs", "TbAbs", "WAbs",
    ];

    // XSPEC continua that astromodels only reaches through its XSPEC wrappers (XS_diskbb, XS_bbodyrad).
    private static readonly string[] XspecContinuumNames = ["BlackbodyRadius", "DiskBlackbody"];

    [Fact]
    public void Every_function_is_registered_under_its_astromodels_name()
    {
        Assert.Equal(AstromodelsNames.Concat(XspecContinuumNames).Order(StringComparer.Ordinal), FunctionFactory.Names.Order(StringComparer.Ordinal));
        foreach (var name in AstromodelsNames.Concat(XspecContinuumNames))
        {
            var f = FunctionFactory.Create(name);
            Assert.Equal(name, f.Name);
            Assert.Equal(f.GetType(), f.Clone().GetType());
            Assert.All(f.Parameters, p => Assert.False(string.IsNullOrEmpty(p.Name)));
        }
    }

    [Fact]
    public void Span_overloads_reject_a_short_destination()
    {
        foreach (var name in AstromodelsNames)
        {
            var ex = Assert.Throws<ArgumentException>(() => FunctionFactory.Create(name).Evaluate(new double[] { 1, 2, 3 }, new double[2]));
            Assert.Contains("The destination holds 2 values but 3 are needed", ex.Message);
        }
    }

    [Fact]
    public void Powerlaw_flux_normalisation_does_not_cancel_near_index_minus_one()
    {
        // s = index + 1 = 1e-12: F·s/(b^s − a^s) → F/ln(b/a) (the difference b^s − a^s keeps only 4 digits).
        var f = new PowerlawFlux(F: 1, index: -1 + 1e-12, a: 1, b: 100);
        Assert.Equal(1 / Math.Log(100) / 10, f.Evaluate(10), 1e-12 / Math.Log(100) / 10 * 10);
    }

    [Fact]
    public void Unknown_names_suggest_the_closest()
    {
        var ex = Assert.Throws<ArgumentException>(() => FunctionFactory.Create("Cutoff_Powerlaw"));
        Assert.Contains("Unknown function 'Cutoff_Powerlaw'", ex.Message);
        Assert.Contains("Cutoff_powerlaw", ex.Message);
    }

    [Fact]
    public void Clones_keep_values_and_are_independent()
    {
        var band = new Band(K: 0.02, alpha: -0.7, xp: 321, beta: -2.6);
        var copy = (Band)band.Clone();
        Assert.Equal(band.Evaluate(123), copy.Evaluate(123));
        copy.Alpha.Value = 0;
        Assert.Equal(-0.7, band.Alpha.Value, 14);
    }
}
