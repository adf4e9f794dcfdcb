using ThreeML.Plugins;

namespace ThreeML.Tests.Plugins;

public class BinIntegratorTests
{
    private static double[] Edges(int bins) => [.. Enumerable.Range(0, bins + 1).Select(i => 10.0 * Math.Pow(1.1, i))];

    private static double[] Integrate(ModelIntegrationMethod method, double[] edges, Func<double, double> f)
    {
        var integrator = new BinIntegrator(method, edges);
        var flux = integrator.Grid.Energies.ToArray().Select(f).ToArray();
        var bins = new double[edges.Length - 1];
        integrator.Integrate(flux, bins);
        return bins;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(13)]
    public void Simpson_is_exact_for_cubics(int bins)
    {
        var edges = Edges(bins);
        var result = Integrate(ModelIntegrationMethod.Simpson, edges, x => (2 * x * x * x) - x + 3);
        for (var i = 0; i < bins; i++)
        {
            double F(double x) => (0.5 * Math.Pow(x, 4)) - (0.5 * x * x) + (3 * x);
            var exact = F(edges[i + 1]) - F(edges[i]);
            Assert.Equal(exact, result[i], 1e-12 * Math.Abs(exact));
        }
    }

    [Theory]
    [InlineData(ModelIntegrationMethod.Trapz)]
    [InlineData(ModelIntegrationMethod.Riemann)]
    public void Trapezoid_and_midpoint_rules_are_exact_for_lines(ModelIntegrationMethod method)
    {
        var edges = Edges(11);
        var result = Integrate(method, edges, x => (3 * x) + 1);
        for (var i = 0; i < 11; i++)
        {
            var exact = (1.5 * ((edges[i + 1] * edges[i + 1]) - (edges[i] * edges[i]))) + (edges[i + 1] - edges[i]);
            Assert.Equal(exact, result[i], 1e-12 * exact);
        }
    }

    [Fact]
    public void Grid_holds_edges_then_midpoints_for_simpson()
    {
        var integrator = new BinIntegrator(ModelIntegrationMethod.Simpson, [1.0, 3.0, 7.0]);
        Assert.Equal([1.0, 3.0, 7.0, 2.0, 5.0], integrator.Grid.Energies.ToArray());
        Assert.Equal([1.0, 3.0, 7.0], new BinIntegrator(ModelIntegrationMethod.Trapz, [1.0, 3.0, 7.0]).Grid.Energies.ToArray());
        Assert.Equal([2.0, 5.0], new BinIntegrator(ModelIntegrationMethod.Riemann, [1.0, 3.0, 7.0]).Grid.Energies.ToArray());
    }

    [Fact]
    public void Non_finite_integrals_become_zero_as_in_3ml_in_the_vector_and_the_tail_paths()
    {
        var edges = Edges(9);
        var result = Integrate(ModelIntegrationMethod.Simpson, edges, x => x == edges[2] || x == edges[8] ? double.PositiveInfinity : x < edges[1] ? double.NaN : 1.0);
        Assert.Equal(0.0, result[0]);
        Assert.Equal(0.0, result[1]);
        Assert.Equal(0.0, result[2]);
        Assert.Equal(0.0, result[7]);
        Assert.Equal(0.0, result[8]);
        Assert.Equal(edges[4] - edges[3], result[3], 1e-14);
    }
}
