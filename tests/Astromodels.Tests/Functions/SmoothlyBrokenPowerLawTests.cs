using Astromodels.Functions;
using static Astromodels.Tests.Functions.FunctionChecks;

namespace Astromodels.Tests.Functions;

public class SmoothlyBrokenPowerLawTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        var f = new SmoothlyBrokenPowerLaw();
        Assert.Equal("SmoothlyBrokenPowerLaw", f.Name);
        DeclaresParameters(f,
            new Declared("K", 1, 1e-50, null, true, true, "1 / (cm2 keV s)", true),
            new Declared("alpha", -1, -1.5, 2, true, false, ""),
            new Declared("break_energy", 300, 10, null, true, true, "keV"),
            new Declared("break_scale", 0.5, 0, 10, false, false, ""),
            new Declared("beta", -2, -5, -1.6, true, false, ""),
            new Declared("pivot", 100, null, null, false, false, "keV"));
        Assert.False(f.HasAnalyticIntegral());
    }

    [Fact]
    public void Is_K_at_the_pivot_and_has_slopes_alpha_and_beta_far_from_the_break()
    {
        var f = new SmoothlyBrokenPowerLaw(K: 3, alpha: -0.8, break_energy: 300, break_scale: 0.3, beta: -2.4);
        Close(3, f.Evaluate(100), 1e-14);
        // Five decades away from the break the correction ln(1 + e^(−2|L|/Δ)) is below 1e-14.
        Close(Math.Pow(10, -0.8), f.Evaluate(3e-3) / f.Evaluate(3e-4), 1e-12, "slope below");
        Close(Math.Pow(10, -2.4), f.Evaluate(3e8) / f.Evaluate(3e7), 1e-12, "slope above");
        SpanMatchesScalar(f, 1e-3, 1, 100, 300, 1e4, 1e9);
    }

    [Fact]
    public void Zero_break_scale_is_the_sharp_broken_power_law()
    {
        // alpha = −1, beta = −2, pivot 100, break 300: K (x/100)⁻¹ below the break, K/3 (x/300)⁻² above.
        var f = new SmoothlyBrokenPowerLaw(K: 1, alpha: -1, break_energy: 300, break_scale: 0, beta: -2);
        Close(2, f.Evaluate(50));
        Close(1.0 / 3, f.Evaluate(300));
        Close(0.03, f.Evaluate(1000));
    }

    [Fact]
    public void Smooth_break_lies_between_the_two_asymptotes()
    {
        // At the break itself ln cosh 0 = 0, so P(break) = 0 and f = K (x/piv)^B 10^(−P(piv)).
        var f = new SmoothlyBrokenPowerLaw(K: 1, alpha: -1, break_energy: 300, break_scale: 0.5, beta: -2);
        var sharp = new SmoothlyBrokenPowerLaw(K: 1, alpha: -1, break_energy: 300, break_scale: 0, beta: -2);
        Assert.True(f.Evaluate(300) > 0 && double.IsFinite(f.Evaluate(300)));
        Assert.NotEqual(sharp.Evaluate(300), f.Evaluate(300));
    }

    [Fact]
    public void Out_of_bounds_arguments_name_the_parameter()
    {
        RejectsOutOfBounds(() => new SmoothlyBrokenPowerLaw(beta: -1), "beta");
        RejectsOutOfBounds(() => new SmoothlyBrokenPowerLaw(break_scale: -0.1), "break_scale");
    }
}
