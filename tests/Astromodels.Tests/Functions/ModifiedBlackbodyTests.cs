using Astromodels.Functions;
using static Astromodels.Tests.Functions.FunctionChecks;

namespace Astromodels.Tests.Functions;

public class ModifiedBlackbodyTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        var f = new ModifiedBlackbody();
        Assert.Equal("ModifiedBlackbody", f.Name);
        DeclaresParameters(f,
            // astromodels sets y/x although K/x must be y (K is really in 1/(cm2 s)); kept for parity.
            new Declared("K", 1e-4, 0, null, true, false, "1 / (cm2 keV2 s)", true),
            new Declared("kT", 30, 0, null, true, false, "keV"));
        Assert.False(f.HasAnalyticIntegral());
    }

    [Fact]
    public void Values_match_the_formula_and_its_low_energy_limit()
    {
        var f = new ModifiedBlackbody(K: 2, kT: 30);
        // x = kT: K e⁻¹ / √(1 − e⁻¹) / kT
        Close(2 * Math.Exp(-1) / Math.Sqrt(1 - Math.Exp(-1)) / 30, f.Evaluate(30));
        // x ≪ kT: f → K/kT·(1 − 3r/4), r = x/kT (astromodels' 1 − e^(−r) loses half the digits at r = 3e-10).
        var r = 1e-8 / 30;
        Close(2.0 / 30 * (1 - 0.75 * r), f.Evaluate(1e-8), 1e-14);
        Assert.Equal(0.0, f.Evaluate(1e6));
        SpanMatchesScalar(f, 1e-8, 1, 30, 1e3, 1e6);
    }

    [Fact]
    public void Out_of_bounds_arguments_name_the_parameter() => RejectsOutOfBounds(() => new ModifiedBlackbody(kT: -1), "kT");
}
