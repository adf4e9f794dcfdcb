using Astromodels.Numerics;

namespace Astromodels.Functions;

/// <summary>A fixed quadrature rule for ∫ₐᵇ Eᵏ·exp(−NH·σ((1 + z)E))·g(E) dE over one band, whose nodes avoid every
/// energy where σ jumps, so that σ is computed once per band and every later integral (new NH, new continuum
/// parameters: the samples of a flux error) costs one pass over the nodes.</summary>
/// <remarks>
/// <para>The band is cut at the cross-section's breakpoints (<see cref="CrossSection.Breakpoints"/>: shell thresholds,
/// the ends and knots of tabulated edges). Gaps narrower than 0.1 % (between knots of a tabulated edge, where σ is
/// linear in E) take the 3-point Gauss–Legendre rule; wider gaps are split into log-uniform panels at most 2 % wide,
/// each with the 15-point Kronrod rule and its embedded 7-point Gauss rule (Piessens et al. 1983, QUADPACK qk15).</para>
/// <para>The sum over panels of |K15 − G7| bounds the error (K15 is far more accurate than G7). When it exceeds 10⁻⁹
/// of the integral, e.g. for a continuum with its own steps, the caller falls back to adaptive quadrature.</para>
/// </remarks>
internal sealed class AbsorbedBandQuadrature
{
    private const double PanelRatio = 1.02;
    private const double NarrowGap = 1e-3;
    private const double Tolerance = 1e-9;
    private static readonly double Gl3Node = Math.Sqrt(0.6);

    private readonly double[] _nodes;
    private readonly double[] _kronrod;
    private readonly double[] _gauss;
    private readonly int[] _panelEnds;
    private readonly double[] _continuum;

    private AbsorbedBandQuadrature(CrossSection source, double scale, double a, double b, List<double> nodes, List<double> kronrod, List<double> gauss, List<int> panelEnds)
    {
        (Source, Scale, Low, High) = (source, scale, a, b);
        _nodes = [.. nodes];
        _kronrod = [.. kronrod];
        _gauss = [.. gauss];
        _panelEnds = [.. panelEnds];
        _continuum = new double[_nodes.Length];
        Sigma = new double[_nodes.Length];
    }

    /// <summary>The cross-section the rule was built for.</summary>
    public CrossSection Source { get; }

    /// <summary>1 + z of the absorber.</summary>
    public double Scale { get; }

    /// <summary>Lower end of the band, observed keV.</summary>
    public double Low { get; }

    /// <summary>Upper end of the band, observed keV.</summary>
    public double High { get; }

    /// <summary>The nodes, observed keV.</summary>
    public ReadOnlySpan<double> Nodes => _nodes;

    /// <summary>σ((1 + z)·node), 10⁻²² cm², filled by the owner (through its memo).</summary>
    public double[] Sigma { get; }

    /// <summary>The rule for [<paramref name="a"/>, <paramref name="b"/>] (0 &lt; a &lt; b, observed keV), or null when the
    /// cross-section does not list its breakpoints.</summary>
    public static AbsorbedBandQuadrature? Build(CrossSection source, double scale, double a, double b)
    {
        if (source.Breakpoints is not { } breakpoints || !(a > 0) || !(b > a) || double.IsInfinity(b))
        {
            return null;
        }

        var cuts = new List<double> { a };
        foreach (var e in breakpoints)
        {
            var x = e / scale;
            if (x > cuts[^1] && x < b)
            {
                cuts.Add(x);
            }
        }

        cuts.Add(b);
        List<double> nodes = [], kronrod = [], gauss = [];
        List<int> ends = [];
        for (var c = 0; c + 1 < cuts.Count; c++)
        {
            var (lo, hi) = (cuts[c], cuts[c + 1]);
            if (hi / lo - 1 < NarrowGap)
            {
                Legendre3(lo, hi, nodes, kronrod, gauss);
                ends.Add(nodes.Count);
                continue;
            }

            var panels = (int)Math.Ceiling(Math.Log(hi / lo) / Math.Log(PanelRatio));
            var ratio = Math.Pow(hi / lo, 1.0 / panels);
            var left = lo;
            for (var p = 0; p < panels; p++)
            {
                var right = p == panels - 1 ? hi : left * ratio;
                Kronrod15(left, right, nodes, kronrod, gauss);
                ends.Add(nodes.Count);
                left = right;
            }
        }

        return new AbsorbedBandQuadrature(source, scale, a, b, nodes, kronrod, gauss, ends);
    }

    /// <summary>∫ Eᵏ·exp(−nh·σ)·g(E) dE with g = <paramref name="continuum"/> (1 when null); false when the error bound is not met.</summary>
    public bool TryIntegrate(double nh, Function1D? continuum, int energyPower, out double value)
    {
        if (continuum is null)
        {
            Array.Fill(_continuum, 1.0);
        }
        else
        {
            continuum.Evaluate(_nodes, _continuum);
        }

        value = 0;
        var error = 0.0;
        var start = 0;
        foreach (var end in _panelEnds)
        {
            double k = 0, g = 0;
            for (var i = start; i < end; i++)
            {
                var x = _nodes[i];
                var f = Math.Exp(-nh * Sigma[i]) * _continuum[i] * (energyPower switch { 0 => 1, 1 => x, _ => x * x });
                k += _kronrod[i] * f;
                g += _gauss[i] * f;
            }

            value += k;
            error += Math.Abs(k - g);
            start = end;
        }

        return error <= Tolerance * Math.Abs(value);
    }

    private static void Kronrod15(double lo, double hi, List<double> nodes, List<double> kronrod, List<double> gauss)
    {
        var half = 0.5 * (hi - lo);
        var centre = 0.5 * (hi + lo);
        var xk = GaussKronrod.Xk;
        for (var j = 0; j < xk.Length; j++)
        {
            // Odd j are the 7-point Gauss nodes (weights Wg[j / 2]); j = 7 is the centre.
            var wg = j % 2 == 1 ? GaussKronrod.Wg[j / 2] : 0.0;
            if (j == xk.Length - 1)
            {
                Add(centre, GaussKronrod.Wk[j], wg);
                continue;
            }

            Add(centre - (half * xk[j]), GaussKronrod.Wk[j], wg);
            Add(centre + (half * xk[j]), GaussKronrod.Wk[j], wg);
        }

        void Add(double x, double wk, double wg)
        {
            nodes.Add(x);
            kronrod.Add(half * wk);
            gauss.Add(half * wg);
        }
    }

    private static void Legendre3(double lo, double hi, List<double> nodes, List<double> kronrod, List<double> gauss)
    {
        var half = 0.5 * (hi - lo);
        var centre = 0.5 * (hi + lo);
        foreach (var (x, w) in new[] { (-Gl3Node, 5.0 / 9), (0.0, 8.0 / 9), (Gl3Node, 5.0 / 9) })
        {
            nodes.Add(centre + (half * x));
            kronrod.Add(half * w);
            gauss.Add(half * w);
        }
    }
}
