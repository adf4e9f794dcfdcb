namespace ThreeML.Results;

/// <summary>How a flux integral ∫ Eᵏ f(E) dE is computed.</summary>
public enum FluxIntegration
{
    /// <summary>The function's closed form when it has one, otherwise adaptive Gauss–Kronrod to 1e-10 relative (default).</summary>
    Exact,

    /// <summary>Adaptive Gauss–Kronrod with scipy <c>quad</c>'s default tolerances (1.49e-8 relative and absolute, in
    /// keV-based units), as 3ML's "quad" setting.</summary>
    Quad,

    /// <summary>3ML's default "trapz": the trapezoid rule on 50 points, log-spaced when E₂/E₁ &gt; 100 and linear
    /// otherwise ([Q9]; biased on coarse linear grids, kept for parity).</summary>
    Trapz,
}
