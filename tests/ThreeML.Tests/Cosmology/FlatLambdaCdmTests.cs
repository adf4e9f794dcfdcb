using MathNet.Numerics.Integration;
using ThreeML.Cosmology;
using static ThreeML.Tests.TableModels.XspecTableModelTests;

namespace ThreeML.Tests.Cosmology;

public class FlatLambdaCdmTests
{
    [Theory]
    // astropy 5.2.1: Planck18.luminosity_distance(z).to(u.cm) (radiation and a 0.06 eV neutrino included).
    [InlineData(0.01, 1.3776657447116506e+26)]
    [InlineData(0.1, 1.4682341036367455e+27)]
    [InlineData(0.5, 9.009021261306721e+27)]
    [InlineData(1, 2.0955666325143365e+28)]
    [InlineData(2, 4.91380783119897e+28)]
    [InlineData(5, 1.471181964698664e+29)]
    [InlineData(10, 3.270791572239603e+29)]
    public void Planck18_luminosity_distances_match_astropy(double z, double expected) =>
        Relative(expected, FlatLambdaCdm.Planck18.LuminosityDistance(z), 1e-9, $"z = {z}");

    [Fact]
    public void Planck18_densities_match_astropy()
    {
        // astropy 5.2.1: Planck18.Ogamma0, Planck18.Onu0, Planck18.Ode0.
        var c = FlatLambdaCdm.Planck18;
        Relative(5.402015137139352e-05, c.Ogamma0, 1e-9, "Ogamma0");
        Relative(0.0014396743040845242, c.Onu0, 1e-9, "Onu0");
        Relative(0.6888463055445441, c.Ode0, 1e-12, "Ode0");
        Assert.Equal(67.66, c.H0);
        Assert.Equal(0.30966, c.Om0);
    }

    [Theory]
    // astropy 5.2.1: FlatLambdaCDM(H0=67.66, Om0=0.30966, Tcmb0=0).luminosity_distance(z).to(u.cm).
    [InlineData(0.1, 1.468400759209068e+27)]
    [InlineData(1, 2.097469650309337e+28)]
    [InlineData(10, 3.277498643224258e+29)]
    public void Matter_and_lambda_only_match_astropy(double z, double expected) =>
        Relative(expected, new FlatLambdaCdm(67.66, 0.30966).LuminosityDistance(z), 1e-9, $"z = {z}");

    [Fact]
    public void Distance_is_the_hogg_integral_by_independent_quadrature()
    {
        // Hogg (1999) eq. 15 and 21 for Ωm = 0.3, ΩΛ = 0.7, H0 = 70, integrated by MathNet's double-exponential rule.
        const double z = 3;
        var integral = DoubleExponentialTransformation.Integrate(x => 1 / Math.Sqrt(0.3 * Math.Pow(1 + x, 3) + 0.7), 0, z, 1e-14);
        var expected = (1 + z) * 299792.458 / 70 * 3.0856775814913673e24 * integral;
        Relative(expected, new FlatLambdaCdm(70, 0.3).LuminosityDistance(z), 1e-11, "z = 3");
        Assert.Equal(0, new FlatLambdaCdm(70, 0.3).LuminosityDistance(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FlatLambdaCdm(70, 0.3).LuminosityDistance(-1));
    }
}
