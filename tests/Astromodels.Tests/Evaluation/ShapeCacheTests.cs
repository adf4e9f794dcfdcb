using Astromodels.Functions;

namespace Astromodels.Tests.Evaluation;

/// <summary>The caller's <see cref="ShapeCache"/>: shapes shared between sources and components evaluated on one grid
/// with one cache are computed once, and a cache of its own gives the same values.</summary>
public class ShapeCacheTests
{
    private static readonly double[] Energies = [.. Enumerable.Range(0, 281).Select(i => 8.0 * Math.Pow(1.04, i))];

    // 3ML's flux_examples tutorial: a blackbody, and a blackbody plus a power law whose kT follows the first.
    private static Model Tutorial()
    {
        var model = new Model(
            new PointSource("src1", ra: 0, dec: 0, new Blackbody(K: 1e-4, kT: 30)),
            new PointSource("src2", ra: 1, dec: 1, new Blackbody(K: 2e-4, kT: 30) + new PowerlawFlux(F: 2, index: -1.5, a: 10, b: 500)));
        model.Link(model["src1.spectrum.main.Blackbody.kT"], model["src2.spectrum.main.composite.kT_1"]);
        return model;
    }

    [Fact]
    public void Linked_blackbodies_on_one_grid_are_one_shape_and_a_normalization_step_computes_none()
    {
        var model = Tutorial();
        var grid = new EnergyGrid(Energies);
        var shapes = new ShapeCache();
        var flux = new double[grid.Length];
        model.Sources["src1"].Evaluate(grid, shapes, flux);
        model.Sources["src2"].Evaluate(grid, shapes, flux);
        Assert.Equal(2, shapes.StoredCount); // one blackbody shape for both sources, one power law

        model["src2.spectrum.main.composite.K_1"].Value = 5e-4;
        model["src2.spectrum.main.composite.F_2"].Value = 3;
        model.Evaluate(grid, shapes, flux);
        Assert.Equal(2, shapes.StoredCount);

        model["src2.spectrum.main.composite.kT_1"].Value = 41;
        model.Evaluate(grid, shapes, flux);
        Assert.Equal(3, shapes.StoredCount); // the new temperature, once for both blackbodies
    }

    [Fact]
    public void A_shared_cache_gives_bit_for_bit_the_values_of_a_cache_of_ones_own()
    {
        var model = Tutorial();
        var grid = new EnergyGrid(Energies);
        var shared = new ShapeCache();
        var together = new double[grid.Length];
        var alone = new double[grid.Length];
        model.Sources["src1"].Evaluate(grid, shared, together);
        model.Sources["src2"].Evaluate(grid, shared, together);
        model.Sources["src2"].Evaluate(grid, new ShapeCache(), alone);
        Assert.Equal(alone, together);
    }
}
