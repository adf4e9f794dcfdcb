using System.Numerics.Tensors;
using Astromodels.Functions;

namespace Astromodels.Tests.Evaluation;

/// <summary>Sums of memoised shapes written in one pass (<see cref="GridTerms"/>, <c>LinearCombination.Write</c>):
/// bit for bit the values of the unfused path, each leaf multiplying its shape by its normalization in a pass of its own
/// and the passes added (or subtracted) in expression order; within 1e-13 of the scalar functions.</summary>
public class GridTermsTests
{
    // Log-spaced grids like the Simpson grids of the demo BGO (≈ 100 keV – 40 MeV), a GBM NaI (8 keV – 1 MeV) and an
    // X-ray response (0.3 – 10 keV), of lengths that are not multiples of the vector width.
    public static TheoryData<double, double, int> Grids => new()
    {
        { 100.0, 40000.0, 281 },
        { 8.0, 1000.0, 257 },
        { 0.3, 10.0, 13 },
        { 5.0, 50.0, 3 },
    };

    [Theory]
    [MemberData(nameof(Grids))]
    public void The_tutorial_composite_is_its_leaves_passes_bit_for_bit(double low, double high, int count)
    {
        var grid = Grid(low, high, count);
        var bb = new Blackbody(K: 1.1e-7, kT: 518);
        var pl = new PowerlawFlux(F: 200.1, index: -1.5, a: 10, b: 500);
        var source = new PointSource("s", ra: 0, dec: 0, bb + pl);
        var fused = new double[grid.Length];
        source.Evaluate(grid, new ShapeCache(), fused);
        Assert.Equal(Unfused(grid, [(bb, 1)], [(pl, 1)]), fused);
        AssertNearScalar(source, grid, fused);
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void Differences_three_terms_and_several_components_are_their_leaves_passes_bit_for_bit(double low, double high, int count)
    {
        var grid = Grid(low, high, count);
        var bb = new Blackbody(K: 3e-5, kT: 40);
        var pl = new Powerlaw(K: 0.02, index: -2.1, piv: 100);
        var plf = new PowerlawFlux(F: 5, index: -1.2, a: 10, b: 500);
        var bb2 = new BlackbodyRadius(kT: 12, norm: 2e3);
        var source = new PointSource("s", ra: 0, dec: 0,
            components: [new SpectralComponent("main", bb - pl + plf), new SpectralComponent("second", bb2)]);
        var fused = new double[grid.Length];
        source.Evaluate(grid, new ShapeCache(), fused);
        Assert.Equal(Unfused(grid, [(bb, 1), (pl, -1), (plf, 1)], [(bb2, 1)]), fused);
        AssertNearScalar(source, grid, fused);
    }

    [Fact]
    public void A_right_nested_sum_and_a_product_are_evaluated_the_usual_way()
    {
        var grid = Grid(8, 1000, 101);
        var bb = new Blackbody(K: 3e-5, kT: 40);
        var pl = new Powerlaw(K: 0.02, index: -2.1, piv: 100);
        var pl2 = new Powerlaw(K: 0.01, index: -1.1, piv: 100);
        var nested = bb + (pl + pl2);
        var terms = default(GridTerms);
        Assert.False(nested.TryAddGridTerms(grid, new ShapeCache(), ref terms));
        var value = new double[grid.Length];
        new PointSource("s", ra: 0, dec: 0, nested).Evaluate(grid, new ShapeCache(), value);
        AssertNearScalar(new PointSource("t", ra: 0, dec: 0, nested), grid, value);

        var product = new Blackbody(K: 3e-5, kT: 40) * new Line(a: 1, b: 1e-3);
        terms = default;
        Assert.False(product.TryAddGridTerms(grid, new ShapeCache(), ref terms));
    }

    [Fact]
    public void More_terms_than_the_cache_can_hold_in_use_are_evaluated_the_usual_way()
    {
        var grid = Grid(8, 1000, 64);
        Function1D sum = new Blackbody(K: 1e-4, kT: 10);
        for (var k = 1; k <= GridTerms.Capacity; k++)
        {
            sum += new Blackbody(K: 1e-4, kT: 10 + (5 * k));
        }

        var source = new PointSource("s", ra: 0, dec: 0, sum);
        var terms = default(GridTerms);
        Assert.False(sum.TryAddGridTerms(grid, new ShapeCache(), ref terms));
        var value = new double[grid.Length];
        source.Evaluate(grid, new ShapeCache(), value);
        AssertNearScalar(source, grid, value);
    }

    [Fact]
    public void A_shape_in_use_is_not_replaced_while_the_others_are_stored()
    {
        // Fill the cache with eight shapes, the first now the least recently used; then a four-term sum whose first
        // term is that shape and whose three others are new: the stores must replace other entries.
        var grid = Grid(8, 1000, 64);
        var shapes = new ShapeCache();
        var scratch = new double[grid.Length];
        for (var k = 0; k < 8; k++)
        {
            new PointSource("f", ra: 0, dec: 0, new Blackbody(K: 1, kT: 10 + k)).Evaluate(grid, shapes, scratch);
        }

        var leaves = new[] { new Blackbody(K: 2e-4, kT: 10), new Blackbody(K: 3e-4, kT: 50), new Blackbody(K: 4e-4, kT: 60), new Blackbody(K: 5e-4, kT: 70) };
        var source = new PointSource("s", ra: 0, dec: 0, leaves[0] + leaves[1] + leaves[2] + leaves[3]);
        var fused = new double[grid.Length];
        source.Evaluate(grid, shapes, fused);
        Assert.Equal(Unfused(grid, [(leaves[0], 1), (leaves[1], 1), (leaves[2], 1), (leaves[3], 1)]), fused);
    }

    private static EnergyGrid Grid(double low, double high, int count) =>
        new([.. Enumerable.Range(0, count).Select(i => low * Math.Pow(high / low, i / Math.Max(1.0, count - 1.0)))]);

    // The unfused path: each leaf on the grid in a pass of its own (normalization times its shape), the passes added or
    // subtracted in expression order, and each further component added.
    private static double[] Unfused(EnergyGrid grid, params (Function1D Leaf, int Sign)[][] components)
    {
        var total = new double[grid.Length];
        var part = new double[grid.Length];
        var leaf = new double[grid.Length];
        for (var c = 0; c < components.Length; c++)
        {
            for (var k = 0; k < components[c].Length; k++)
            {
                var (function, sign) = components[c][k];
                function.EvaluateOnGrid(grid, new ShapeCache(), leaf);
                if (k == 0)
                {
                    leaf.CopyTo(part, 0);
                }
                else if (sign > 0)
                {
                    TensorPrimitives.Add(part, leaf, part);
                }
                else
                {
                    TensorPrimitives.Subtract(part, leaf, part);
                }
            }

            if (c == 0)
            {
                part.CopyTo(total, 0);
            }
            else
            {
                TensorPrimitives.Add(total, part, total);
            }
        }

        return total;
    }

    private static void AssertNearScalar(PointSource source, EnergyGrid grid, double[] values)
    {
        for (var i = 0; i < grid.Length; i++)
        {
            var expected = source.Evaluate(grid.Energies[i]);
            Assert.True(Math.Abs(values[i] - expected) <= 1e-13 * Math.Abs(expected), $"E = {grid.Energies[i]} keV: {values[i]:R} against {expected:R}");
        }
    }
}
