namespace ThreeML.Plugins;

/// <summary>How a plugin integrates the model's differential flux over each energy bin.</summary>
public enum ModelIntegrationMethod
{
    /// <summary>Simpson's rule per bin: ΔE/6·(f(e₁) + 4 f(mid) + f(e₂)) (3ML's default).</summary>
    Simpson,

    /// <summary>The trapezoid rule per bin: ΔE/2·(f(e₁) + f(e₂)).</summary>
    Trapz,

    /// <summary>The midpoint (Riemann) rule per bin: ΔE·f(mid).</summary>
    Riemann,
}
