using Astromodels.Functions;

namespace Astromodels.Tests.Functions;

/// <summary>TbAbs, PhAbs and WAbs against XSPEC's cross-sections, published edges and their parameter conventions.</summary>
public class AbsorptionTests
{
    public static TheoryData<string> Names => ["TbAbs", "PhAbs", "WAbs"];

    [Fact]
    public void WAbs_Morrison_McCammon_coefficients_match_XSPEC_wabs_within_0p1_percent_from_0p1_to_20_keV()
    {
        var wabs = new WAbs();
        foreach (var (e, sigma) in XspecCrossSections.WAbs)
        {
            Assert.True(Math.Abs((wabs.CrossSection(e) / sigma) - 1) < 1e-3, $"σ({e} keV) = {wabs.CrossSection(e)}, XSPEC {sigma}");
        }
    }

    [Fact]
    public void WAbs_reproduces_Morrison_McCammon_table_2_at_1_keV()
    {
        // Morrison & McCammon (1983) Table 2, 0.867–1.303 keV: (120.6 + 169.3 E − 47.7 E²) E⁻³ × 10⁻²⁴ cm²; at 1 keV 2.422e-22 cm².
        Assert.Equal(2.422, new WAbs().CrossSection(1.0), 12);
    }

    [Fact]
    public void TbAbs_and_PhAbs_follow_XSPEC_within_1_percent_from_0p1_to_20_keV()
    {
        Check(new TbAbs(), XspecCrossSections.TbAbsWilm);
        Check(new PhAbs(), XspecCrossSections.PhAbsAngr);

        static void Check(PhotoelectricAbsorption model, (double E, double Sigma)[] reference)
        {
            foreach (var (e, sigma) in reference)
            {
                Assert.True(Math.Abs((model.CrossSection(e) / sigma) - 1) < 0.01, $"{model.Name} σ({e} keV) = {model.CrossSection(e)}, XSPEC {sigma}");
            }
        }
    }

    [Theory]
    [InlineData("TbAbs", 0.538, 0.03)] // O K: tbabs spreads it over 0.527–0.546 keV, its largest step at 0.527 keV
    [InlineData("PhAbs", 0.538, 0.02)]
    [InlineData("WAbs", 0.532, 0.01)] // Morrison & McCammon's interval boundary
    [InlineData("TbAbs", 7.11, 0.02)] // Fe K
    [InlineData("PhAbs", 7.11, 0.02)]
    [InlineData("WAbs", 7.111, 0.01)]
    [InlineData("TbAbs", 0.707, 0.03)] // Fe L
    [InlineData("WAbs", 0.707, 0.01)]
    public void Largest_jump_in_a_window_sits_at_the_published_edge(string name, double edge, double tolerance)
    {
        var model = (PhotoelectricAbsorption)FunctionFactory.Create(name);
        var best = 0.0;
        var at = 0.0;
        for (var e = edge * 0.9; e < edge * 1.1; e *= 1.0005)
        {
            var ratio = model.CrossSection(e * 1.0005) / model.CrossSection(e);
            if (ratio > best)
            {
                best = ratio;
                at = e;
            }
        }

        Assert.True(best > 1.05, $"{name}: no edge near {edge} keV (largest rise ×{best})");
        Assert.True(Math.Abs((at / edge) - 1) < tolerance, $"{name}: edge at {at} keV, published {edge} keV");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Optical_depth_scales_with_NH_and_redshift_shifts_the_absorber(string name)
    {
        var model = (PhotoelectricAbsorption)FunctionFactory.Create(name);
        model.NH.Value = 0.5;
        var tau1 = -Math.Log(model.Evaluate(2.0));
        model.NH.Value = 2.0;
        Assert.Equal(4.0, -Math.Log(model.Evaluate(2.0)) / tau1, 12);
        model.Redshift.Value = 1.0;
        Assert.Equal(2.0 * model.CrossSection(4.0), -Math.Log(model.Evaluate(2.0)), 12);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Span_and_grid_evaluations_equal_the_scalar_one(string name)
    {
        var model = (PhotoelectricAbsorption)FunctionFactory.Create(name);
        model.NH.Value = 3.0;
        model.Redshift.Value = 0.3;
        var energies = Enumerable.Range(0, 997).Select(i => 0.03 * Math.Pow(1e6 / 30, i / 996.0)).ToArray();
        var span = new double[energies.Length];
        var grid = new double[energies.Length];
        var energyGrid = new EnergyGrid(energies);
        var shapes = new ShapeCache();
        model.Evaluate(energies, span);
        model.EvaluateOnGrid(energyGrid, shapes, grid);
        model.NH.Value = 0.1; // a second grid call with only NH changed reads the cached σ
        var again = new double[energies.Length];
        model.EvaluateOnGrid(energyGrid, shapes, again);
        Assert.Equal(1, shapes.StoredCount);
        for (var i = 0; i < energies.Length; i++)
        {
            model.NH.Value = 3.0;
            var scalar = model.Evaluate(energies[i]);
            Assert.Equal(scalar, span[i], Math.Max(1e-300, scalar * 1e-14));
            Assert.Equal(scalar, grid[i], Math.Max(1e-300, scalar * 1e-14));
            model.NH.Value = 0.1;
            Assert.Equal(model.Evaluate(energies[i]), again[i], model.Evaluate(energies[i]) * 1e-14);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Defaults_are_astromodels(string name)
    {
        var model = (PhotoelectricAbsorption)FunctionFactory.Create(name);
        Assert.Equal(["NH", "redshift"], model.Parameters.Select(p => p.Name));
        Assert.Equal(1.0, model.NH.Value);
        Assert.Equal((1e-4, 1e4), (model.NH.MinValue, model.NH.MaxValue));
        Assert.Equal(ParameterTransformation.Log10, model.NH.Transformation);
        Assert.Equal(name != "PhAbs", model.NH.IsNormalization);
        Assert.False(model.Redshift.Free);
        Assert.Equal((0.0, 15.0), (model.Redshift.MinValue, model.Redshift.MaxValue));
        Assert.True(model.IsMultiplicative);
    }

    [Fact]
    public void Abundance_tables_are_astromodels_choices_and_change_the_cross_section()
    {
        Assert.Equal([AbundanceTable.WILM, AbundanceTable.AG89, AbundanceTable.ASPL], new TbAbs().AllowedAbundanceTables);
        Assert.Equal(AbundanceTable.AG89, new PhAbs().AbundanceTable);
        // Wilms et al. (2000) lowered the metal abundances: less absorption at 1 keV than with Anders & Grevesse (1989).
        var wilm = new TbAbs().CrossSection(1.0);
        var angr = new TbAbs(abundanceTable: AbundanceTable.AG89).CrossSection(1.0);
        Assert.InRange(wilm / angr, 0.5, 0.9);
        var e = Assert.Throws<ArgumentException>(() => new PhAbs().AbundanceTable = AbundanceTable.WILM);
        Assert.Contains("PhAbs does not offer the abundance table WILM; choose one of AG89, ASPL", e.Message);
        var s = Assert.Throws<ArgumentException>(() => new TbAbs().SetAbundanceTable("AG98"));
        Assert.Contains("Did you mean", s.Message, StringComparison.OrdinalIgnoreCase);
        var copy = (TbAbs)new TbAbs(abundanceTable: AbundanceTable.ASPL).Clone();
        Assert.Equal(AbundanceTable.ASPL, copy.AbundanceTable);
    }

    [Fact]
    public void Absorbed_power_law_names_parameters_as_astromodels()
    {
        var f = new TbAbs(NH: 0.1) * new Powerlaw();
        Assert.Equal(["NH_1", "redshift_1", "K_2", "piv_2", "index_2"], f.Parameters.Select(p => p.Name));
        Assert.Equal("(TbAbs{1} * Powerlaw{2})", f.Expression);
        Assert.Equal(Math.Exp(-0.1 * new TbAbs().CrossSection(3.0)) * new Powerlaw().Evaluate(3.0), f.Evaluate(3.0), 15);
    }
}
