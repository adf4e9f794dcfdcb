using Astromodels.Numerics;

namespace Astromodels.Tests.Numerics;

public class GaussLegendre16Tests
{
    [Fact]
    public void The_rule_integrates_polynomials_to_degree_31_exactly()
    {
        for (var k = 0; k <= 31; k++)
        {
            var sum = GaussLegendre16.Nodes.Zip(GaussLegendre16.Weights).Sum(p => p.Second * Math.Pow(p.First, k));
            var exact = k % 2 == 1 ? 0.0 : 2.0 / (k + 1);
            Assert.True(Math.Abs(sum - exact) <= 1e-15, $"x^{k}: {sum:R} against {exact:R}");
        }
    }

    [Fact]
    public void Nodes_are_ascending_and_symmetric_and_weights_positive()
    {
        var nodes = GaussLegendre16.Nodes;
        for (var i = 0; i < 16; i++)
        {
            Assert.Equal(-nodes[15 - i], nodes[i], 1e-15);
            Assert.True(GaussLegendre16.Weights[i] > 0);
            Assert.True(i == 0 || nodes[i] > nodes[i - 1]);
        }

        // The largest node of P16 (Abramowitz & Stegun Table 25.4).
        Assert.Equal(0.989400934991649932596, nodes[15], 1e-15);
    }
}
