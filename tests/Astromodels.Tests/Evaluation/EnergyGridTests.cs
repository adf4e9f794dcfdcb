using Astromodels.Functions;
using Astromodels.Tests.Functions;
using CsCheck;

namespace Astromodels.Tests.Evaluation;

/// <summary>Evaluation on an <see cref="EnergyGrid"/> (precomputed ln E, shapes kept in a <see cref="ShapeCache"/>) against evaluation on its energies.</summary>
public class EnergyGridTests
{
    private static readonly double[] Energies = [.. Enumerable.Range(0, 281).Select(i => 8.0 * Math.Pow(1.04, i))];

    private static void GridAgreesWithSpan(Function1D f, EnergyGrid grid, ShapeCache? shapes = null, double tolerance = 1e-14)
    {
        var onGrid = new double[grid.Length];
        var onSpan = new double[grid.Length];
        f.EvaluateOnGrid(grid, shapes ?? new ShapeCache(), onGrid);
        f.Evaluate(grid.Energies, onSpan);
        for (var i = 0; i < grid.Length; i++)
        {
            var scale = Math.Abs(onSpan[i]);
            Assert.True(Math.Abs(onGrid[i] - onSpan[i]) <= tolerance * scale || onGrid[i] == onSpan[i], $"{f.Name} at {grid.Energies[i]:R}: grid {onGrid[i]:R}, span {onSpan[i]:R}");
        }
    }

    [Fact]
    public void Grid_precomputes_the_logarithms()
    {
        var grid = new EnergyGrid([1.0, Math.E, 100.0]);
        Assert.Equal([0.0, 1.0, Math.Log(100)], grid.LogEnergies.ToArray());
        Assert.True(grid.AllPositiveAndFinite);
        Assert.False(new EnergyGrid([0.0, 1.0]).AllPositiveAndFinite);
    }

    [Fact]
    public void Spectral_shapes_on_a_grid_equal_the_shapes_on_its_energies()
    {
        var grid = new EnergyGrid(Energies);
        GridAgreesWithSpan(new Blackbody(K: 3e-4, kT: 37.5), grid);
        GridAgreesWithSpan(new Powerlaw(K: 0.2, index: -2.3, piv: 150), grid);
        GridAgreesWithSpan(new PowerlawFlux(F: 30, index: -1.1, a: 10, b: 500), grid);
        GridAgreesWithSpan(new Blackbody(K: 1e-5, kT: 80) + new PowerlawFlux(F: 2, index: -1.5, a: 10, b: 500), grid);
        GridAgreesWithSpan(new Blackbody(K: 1e-5, kT: 80) * new Powerlaw(K: 1, index: -0.1, piv: 100), grid);
        GridAgreesWithSpan(new Band(K: 0.01, alpha: -0.8, beta: -2.4, xp: 300, piv: 100), grid);
    }

    // GBM-like grids: NaI and BGO Simpson grids span 5 keV to 50 MeV.
    private static readonly EnergyGrid Wide = new([.. Enumerable.Range(0, 281).Select(i => 5.0 * Math.Pow(1e4, i / 280.0))]);

    [Fact]
    public void Cutoff_power_laws_and_band_functions_on_a_grid_agree_with_their_scalar_branches()
    {
        // One exponential of a summed exponent instead of Math.Pow·Math.Exp (or Math.Exp of Math.Log): within
        // |exponent|·2^-53 relative, hence the looser tolerance than the shapes above.
        const double tolerance = 2e-13;
        Gen.Select(Gen.Double[-1.5, 2.9], Gen.Double[-5, -1.6], Gen.Double[1, 4], Gen.Double[0, 3]).SampleFixed((alpha, beta, logPeak, logPiv) =>
        {
            var xp = Math.Pow(10, logPeak);
            var piv = Math.Pow(10, logPiv);
            foreach (var grid in new[] { Wide, new EnergyGrid(Energies) })
            {
                GridAgreesWithSpan(new Band(K: 0.02, alpha: alpha, xp: xp, beta: beta, piv: piv), grid, tolerance: tolerance);
                GridAgreesWithSpan(new BandGrbm(K: 0.02, alpha: alpha, xc: xp, beta: beta, piv: piv), grid, tolerance: tolerance);
                GridAgreesWithSpan(new BandCalderone(F: 1e-6, alpha: alpha, xp: xp, beta: beta, a: 10, b: 1000, opt: 1), grid, tolerance: tolerance);
                GridAgreesWithSpan(new BandCalderone(F: 1e-6, alpha: alpha, xp: xp, beta: beta, a: 10, b: 1000, opt: 0), grid, tolerance: tolerance);
                GridAgreesWithSpan(new CutoffPowerlaw(K: 0.02, index: alpha - 1, xc: xp, piv: piv), grid, tolerance: tolerance);
                GridAgreesWithSpan(new CutoffPowerlawEp(K: 0.02, index: alpha - 1, xp: xp, piv: piv), grid, tolerance: tolerance);
            }
        }, seed: IntegralChecks.Seed, iter: 200, threads: 1);
    }

    [Fact]
    public void Cutoffs_past_the_exponentials_range_take_the_scalar_branches_bit_for_bit()
    {
        // x/xc up to 5e6 keV / 2 keV: exp underflows (to subnormals, then zero) in the scalar references; the grid
        // path must hand such grids to them rather than flush the exponent.
        GridAgreesWithSpan(new CutoffPowerlaw(K: 1, index: -1, xc: 2, piv: 100), Wide, tolerance: 0);
        GridAgreesWithSpan(new CutoffPowerlawEp(K: 1, index: -1, xp: 10, piv: 100), Wide, tolerance: 0);
        // Band_Calderone with opt = 0 is a cut-off power law (β = −∞): the same hand-over.
        GridAgreesWithSpan(new BandCalderone(F: 1e-6, alpha: -1, xp: 10, beta: -2, a: 10, b: 1000, opt: 0), Wide, tolerance: 0);
        // Non-positive energies: Math.Pow and Math.Log semantics, never logarithms of the grid.
        var odd = new EnergyGrid([0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]);
        GridAgreesWithSpan(new CutoffPowerlaw(K: 1, index: -1, xc: 50, piv: 10), odd, tolerance: 0);
        GridAgreesWithSpan(new Band(K: 1, alpha: -1, xp: 50, beta: -2, piv: 10), odd, tolerance: 0);
    }

    [Fact]
    public void The_cache_never_returns_another_parameter_sets_or_another_grids_shape()
    {
        // More distinct shapes than the cache holds, revisited in an order that forces replacements, on two grids
        // of the same length and one of another length sharing one cache.
        var grid = new EnergyGrid(Energies);
        var shifted = new EnergyGrid([.. Energies.Select(e => e * 1.01)]);
        var shorter = new EnergyGrid(Energies.AsSpan(0, 100));
        var shapes = new ShapeCache();
        var temperatures = Enumerable.Range(1, 12).Select(i => 5.0 * i).ToArray();
        foreach (var kT in temperatures.Concat(temperatures.Reverse()).Concat(temperatures))
        {
            foreach (var g in new[] { grid, shifted, shorter })
            {
                GridAgreesWithSpan(new Blackbody(K: 1e-4, kT: kT), g, shapes);
                GridAgreesWithSpan(new Powerlaw(K: 1, index: -kT / 20, piv: 100), g, shapes);
                GridAgreesWithSpan(new Powerlaw(K: 1, index: -kT / 20, piv: 50), g, shapes);
            }
        }
    }

    [Fact]
    public void Two_blackbodies_with_the_same_temperature_share_the_shape_but_keep_their_normalizations()
    {
        var grid = new EnergyGrid(Energies);
        var shapes = new ShapeCache();
        var a = new Blackbody(K: 1e-4, kT: 30);
        var b = new Blackbody(K: 3e-4, kT: 30);
        var va = new double[grid.Length];
        var vb = new double[grid.Length];
        a.EvaluateOnGrid(grid, shapes, va);
        b.EvaluateOnGrid(grid, shapes, vb);
        Assert.Equal(1, shapes.StoredCount);
        for (var i = 0; i < grid.Length; i++)
        {
            Assert.Equal(3 * va[i], vb[i], 1e-15 * vb[i]);
        }
    }

    [Fact]
    public void Power_laws_fall_back_to_the_span_path_where_logarithms_do_not_apply()
    {
        // Non-positive energies (Math.Pow semantics) and exponents past ±700.
        var grid = new EnergyGrid([-2.0, 0.0, 3.0]);
        var values = new double[3];
        new Powerlaw(K: 1, index: 2, piv: 1).EvaluateOnGrid(grid, new ShapeCache(), values);
        Assert.Equal([4.0, 0.0, 9.0], values);
        var wide = new EnergyGrid([1e-300, 1.0, 1e300]);
        GridAgreesWithSpan(new Powerlaw(K: 1, index: -2, piv: 1), wide);
    }

    [Fact]
    public void A_short_destination_is_rejected_with_both_lengths_in_the_message()
    {
        var grid = new EnergyGrid(Energies);
        var shapes = new ShapeCache();
        var expected = "The destination holds 3 values but 281 are needed.";
        Assert.StartsWith(expected, Assert.Throws<ArgumentException>(() => new Blackbody().EvaluateOnGrid(grid, shapes, new double[3])).Message);
        Assert.StartsWith(expected, Assert.Throws<ArgumentException>(() => new Powerlaw().EvaluateOnGrid(grid, shapes, new double[3])).Message);
        Assert.StartsWith(expected, Assert.Throws<ArgumentException>(() => (new Blackbody() + new Powerlaw()).EvaluateOnGrid(grid, shapes, new double[3])).Message);
        var source = new Astromodels.PointSource("s", ra: 1, dec: 2, new Blackbody());
        Assert.StartsWith(expected, Assert.Throws<ArgumentException>(() => source.Evaluate(grid, shapes, new double[3])).Message);
        Assert.StartsWith(expected, Assert.Throws<ArgumentException>(() => new Astromodels.Model(source).Evaluate(grid, shapes, new double[3])).Message);
    }
}
