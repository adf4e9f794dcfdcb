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
    ];

    [Fact]
    public void Every_function_is_registered_under_its_astromodels_name()
    {
        Assert.Equal(AstromodelsNames.Order(StringComparer.Ordinal), FunctionFactory.Names.Order(StringComparer.Ordinal));
        foreach (var name in AstromodelsNames)
        {
            var f = FunctionFactory.Create(name);
            Assert.Equal(name, f.Name);
            Assert.Equal(f.GetType(), f.Clone().GetType());
            Assert.All(f.Parameters, p => Assert.False(string.IsNullOrEmpty(p.Name)));
        }
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
