namespace Astromodels.Numerics;

/// <summary>The 16-point Gauss–Legendre rule on [−1, 1]: ∫f ≈ Σ wᵢ f(xᵢ), exact for polynomials of degree ≤ 31.</summary>
/// <remarks>Nodes are the roots of P₁₆, found by Newton's method from Tricomi's approximation cos(π(i − ¼)/(n + ½)),
/// and wᵢ = 2/((1 − xᵢ²)P₁₆′(xᵢ)²) (Abramowitz &amp; Stegun 25.4.29); computed once, immutable afterwards.</remarks>
internal static class GaussLegendre16
{
    private const int Order = 16;

    /// <summary>The nodes xᵢ, ascending.</summary>
    public static readonly double[] Nodes;

    /// <summary>The weights wᵢ (sum 2).</summary>
    public static readonly double[] Weights;

    static GaussLegendre16()
    {
        var nodes = new double[Order];
        var weights = new double[Order];
        for (var i = 0; i < Order; i++)
        {
            var x = Math.Cos(Math.PI * (i + 0.75) / (Order + 0.5));
            for (var iteration = 0; iteration < 100; iteration++)
            {
                var (p, dp) = Legendre(x);
                var step = p / dp;
                x -= step;
                if (Math.Abs(step) < 1e-17)
                {
                    break;
                }
            }

            var derivative = Legendre(x).Derivative;
            nodes[Order - 1 - i] = x;
            weights[Order - 1 - i] = 2 / ((1 - (x * x)) * derivative * derivative);
        }

        Nodes = nodes;
        Weights = weights;
    }

    // P_n(x) and P_n'(x) by the three-term recurrence.
    private static (double Value, double Derivative) Legendre(double x)
    {
        var previous = 1.0;
        var current = x;
        for (var k = 2; k <= Order; k++)
        {
            var next = (((2 * k) - 1) * x * current - ((k - 1) * previous)) / k;
            previous = current;
            current = next;
        }

        return (current, Order * ((x * current) - previous) / ((x * x) - 1));
    }
}
