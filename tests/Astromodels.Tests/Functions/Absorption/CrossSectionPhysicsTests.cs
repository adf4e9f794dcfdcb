using Astromodels.Functions;

namespace Astromodels.Tests.Functions.Absorption;

/// <summary>The fitted cross-sections against closed forms and independent data sets.</summary>
public class CrossSectionPhysicsTests
{
    // Hydrogen: the exact non-relativistic photoionisation cross-section of the 1s state (Stobbe 1930; Bethe &
    // Salpeter 1957, eq. 71.4), σ = (2⁹π²αa₀²/3)(I/E)⁴ exp(−4 arctan(ε)/ε)/(1 − exp(−2π/ε)), ε = √(E/I − 1).
    private static double ExactHydrogenMb(double e)
    {
        const double Rydberg = 13.605693;
        const double BohrRadiusCm = 5.29177210903e-9;
        const double FineStructure = 1 / 137.035999084;
        var eps = Math.Sqrt((e / Rydberg) - 1);
        var prefactor = Math.Pow(2, 9) * Math.PI * Math.PI * FineStructure * BohrRadiusCm * BohrRadiusCm / 3;
        return prefactor * Math.Pow(Rydberg / e, 4) * Math.Exp(-4 * Math.Atan(eps) / eps) / (1 - Math.Exp(-2 * Math.PI / eps)) * 1e18;
    }

    [Theory]
    [InlineData(13.7)]
    [InlineData(20.0)]
    [InlineData(100.0)]
    [InlineData(1000.0)]
    [InlineData(10000.0)]
    [InlineData(100000.0)]
    public void Verner_and_Band_hydrogen_follow_the_exact_hydrogen_cross_section(double energyEv)
    {
        var hydrogen = VernerFitParameters.Elements.Single(x => x.Z == 1);
        var exact = ExactHydrogenMb(energyEv);
        Assert.InRange(VernerCrossSection.Sigma(hydrogen, energyEv) / exact, 0.985, 1.015);
        Assert.InRange(LightElementCrossSections.Hydrogen(energyEv) / exact, 0.97, 1.03);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.3)]
    [InlineData(1.0)]
    [InlineData(3.0)]
    [InlineData(6.0)]
    [InlineData(10.0)]
    public void Balucinska_Church_McCammon_and_Verner_agree_within_5_percent_between_edges(double energyKeV)
    {
        // Two independent compilations: Henke et al. (1982) measurements (BCMC) and Hartree–Dirac–Slater/Opacity
        // Project calculations (Verner). They differ by a few per cent in the soft band.
        var bcmc = new PhAbs(crossSections: PhotoionizationCrossSections.Bcmc).CrossSection(energyKeV);
        var vern = new PhAbs().CrossSection(energyKeV);
        Assert.InRange(bcmc / vern, 0.95, 1.05);
    }

    [Fact]
    public void Cross_sections_vanish_below_the_lowest_threshold_and_fall_steadily_up_to_1_MeV()
    {
        PhotoelectricAbsorption[] models = [new TbAbs(), new PhAbs(), new PhAbs(crossSections: PhotoionizationCrossSections.Bcmc)];
        foreach (var model in models)
        {
            Assert.Equal(0, model.CrossSection(0.005)); // below Na I, 5.14 eV, the lowest threshold of the 18 elements
            var previous = model.CrossSection(20.0);
            for (var e = 25.0; e <= 1000; e *= 1.25)
            {
                var sigma = model.CrossSection(e);
                Assert.True(sigma > 0 && sigma < previous, $"{model.Name}: σ({e} keV) = {sigma} after {previous}");
                previous = sigma;
            }
        }
    }

    [Fact]
    public void Grains_shield_TbAbs_below_the_sum_of_its_atoms()
    {
        // Self-shielding in grains (Wilms et al. 2000, fig. 2) lowers σ most below 1 keV, where grains are thick;
        // the gas-only sum with the same abundances (PhAbs-like, but with TbAbs' H, He and edges) is an upper bound.
        var tbabs = new TbAbs();
        foreach (var e in new[] { 0.3, 0.6, 1.0, 2.0 })
        {
            Assert.True(tbabs.CrossSection(e) < new PhAbs(abundanceTable: AbundanceTable.AG89).CrossSection(e));
        }
    }

    [Fact]
    public void Edge_tables_cover_the_published_edge_energies()
    {
        Assert.True(EdgeTable.Oxygen.TryGet(538, out var o) && o > 0);
        Assert.True(EdgeTable.Neon.TryGet(867, out var ne) && ne > 0);
        Assert.True(EdgeTable.Iron.TryGet(707, out var fe) && fe > 0);
        Assert.False(EdgeTable.Oxygen.TryGet(600, out _));
    }

    [Fact]
    public void Span_evaluation_reuses_sigma_only_for_the_same_energies_redshift_and_table()
    {
        var model = new TbAbs(NH: 0.5);
        double[] energies = [0.3, 0.6, 1.0, 7.2];
        var values = new double[4];
        void Check()
        {
            model.Evaluate(energies, values);
            for (var i = 0; i < energies.Length; i++)
            {
                Assert.Equal(model.Evaluate(energies[i]), values[i], 15);
            }
        }

        Check();
        model.NH.Value = 2.0;
        Check();
        energies[2] = 1.5;
        Check();
        model.Redshift.Value = 0.3;
        Check();
        model.AbundanceTable = AbundanceTable.AG89;
        Check();
        energies = [0.5, 2.0];
        values = new double[2];
        Check();
    }

    [Fact]
    public void Remembered_point_values_follow_the_abundance_table_and_redshift()
    {
        var model = new PhAbs(NH: 1.0);
        var ag89 = model.OpticalDepth(1.0);
        Assert.Equal(model.CrossSection(1.0), ag89, 15);
        model.AbundanceTable = AbundanceTable.ASPL;
        Assert.Equal(model.CrossSection(1.0), model.OpticalDepth(1.0), 15);
        model.CrossSections = PhotoionizationCrossSections.Bcmc;
        Assert.Equal(model.CrossSection(1.0), model.OpticalDepth(1.0), 15);
        model.Redshift.Value = 1.0;
        Assert.Equal(model.CrossSection(2.0), model.OpticalDepth(1.0), 15);
        Assert.Equal(Math.Exp(-model.CrossSection(2.0)), model.Evaluate(1.0), 15);
    }
}
