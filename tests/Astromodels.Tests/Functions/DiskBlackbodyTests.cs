using Astromodels.Functions;
using CsCheck;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

public class DiskBlackbodyTests
{
    [Fact]
    public void Defaults_follow_xspec_diskbb()
    {
        var f = new DiskBlackbody();
        Assert.Equal("DiskBlackbody", f.Name);
        DeclaresParameters(f,
            new Declared("Tin", 1, 0, 1000, true, false, "keV"),
            new Declared("norm", 1, 0, null, true, false, "", Normalization: true));
    }

    [Fact]
    public void Constant_is_the_disk_geometry_times_the_blackbody_photon_intensity()
    {
        // 2π (1e5 cm / 3.0856775814913673e22 cm)² · 2/(h³c²), h = 6.62607015e-34 J s / 1.602176634e-16 J/keV, c = 2.99792458e10 cm/s (CODATA 2018).
        var geometry = Math.Pow(1e5 / 3.0856775814913673e22, 2);
        var planck = 2 / (Math.Pow(6.62607015e-34 / 1.602176634e-16, 3) * Math.Pow(2.99792458e10, 2));
        Close(2 * Math.PI * geometry * planck, DiskBlackbody.PhotonConstant, 1e-12);
    }

    [Theory]
    // Reference: C·E²·∫₁^∞ x dx / expm1(E x^(3/4)/Tin), the radial integral in its defining form (r/Rin = x), by
    // scipy.integrate.quad (epsrel 1e-13) outside CI (scipy 1.10.1), C = 2.0760148733165204e-3.
    [InlineData(1.0, 0.01, 0.11520824803757011)]
    [InlineData(1.0, 0.1, 0.02466347750227876)]
    [InlineData(1.0, 0.5, 0.00778133856659412)]
    [InlineData(1.0, 1.0, 0.0041442106576467155)]
    [InlineData(1.0, 2.0, 0.0016406020488791888)]
    [InlineData(1.0, 5.0, 0.00012863043114094878)]
    [InlineData(1.0, 10.0, 1.4797052271610042e-06)]
    [InlineData(1.0, 30.0, 8.211818394488377e-15)]
    [InlineData(0.7, 0.3, 0.00430579047545179)]
    [InlineData(0.7, 1.0, 0.0013345239261683972)]
    [InlineData(0.7, 6.0, 2.663036597280137e-06)]
    public void Values_match_the_radial_integral(double tin, double energy, double expected)
    {
        Close(expected, new DiskBlackbody(Tin: tin).Evaluate(energy), 1e-11);
        Close(3.5 * expected, new DiskBlackbody(Tin: tin, norm: 3.5).Evaluate(energy), 1e-11);
    }

    [Theory]
    // ∫ N dE and ∫ E N dE of the radial integral over the bin, Tin = 1.3, norm = 1 (scipy quad of the quad, epsrel 1e-12;
    // the nested quadrature itself is good to about 1e-10, hence the tolerance).
    [InlineData(0.3, 0.4, 0.0021066831350885157, 0.0007337154313100308)]
    [InlineData(1, 2, 0.006189168702558048, 0.008886033197998897)]
    [InlineData(5, 10, 0.000849637774086571, 0.005364680374195471)]
    [InlineData(0.01, 20, 0.03690227340970953, 0.03848666849616339)]
    public void Bin_integrals_match_the_radial_integral(double a, double b, double photons, double energy)
    {
        var f = new DiskBlackbody(Tin: 1.3);
        Close(photons, f.Integral(a, b), 3e-10);
        Close(energy, f.Integral(a, b, 1), 3e-10);
    }

    [Fact]
    public void Closed_form_bin_integrals_match_quadrature() =>
        AnalyticMatchesQuadrature(
            Gen.Select(LogUniform(0.05, 5), LogUniform(1e-3, 1e3), (t, n) => (Function1D)new DiskBlackbody(Tin: t, norm: n)),
            bins: Bins(0.01, 30));

    [Fact]
    public void Span_matches_scalar_and_is_zero_outside_the_domain()
    {
        var f = new DiskBlackbody(Tin: 0.8, norm: 120);
        SpanMatchesScalar(f, 0.05, 0.3, 1, 2, 7, 40);
        Assert.Equal(0, f.Evaluate(0));
        Assert.Equal(0, new DiskBlackbody(Tin: 0).Evaluate(1));
        Assert.Equal("DiskBlackbody", FunctionFactory.Create("DiskBlackbody").Name);
    }
}
