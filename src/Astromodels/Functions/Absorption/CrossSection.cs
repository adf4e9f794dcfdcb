namespace Astromodels.Functions;

/// <summary>A photoabsorption cross-section per hydrogen atom, σ(E), in units of 10⁻²² cm² (so that NH in 10²² cm⁻²
/// times σ is the optical depth).</summary>
internal abstract class CrossSection
{
    /// <summary>σ at <paramref name="energyKeV"/>, 10⁻²² cm².</summary>
    public abstract double Sigma(double energyKeV);

    /// <summary>Absorber-frame energies, keV, ascending, where σ jumps or has a kink (shell thresholds, the ends and
    /// knots of tabulated edges); null when not listed. Integrals over a band cut there
    /// (<see cref="AbsorbedBandQuadrature"/>).</summary>
    public virtual IReadOnlyList<double>? Breakpoints => null;

    /// <summary>σ at scale·E for every E, 10⁻²² cm² (scale = 1 + z shifts observed energies to the absorber's frame).</summary>
    public void Sigma(ReadOnlySpan<double> energiesKeV, double scale, Span<double> destination)
    {
        for (var i = 0; i < energiesKeV.Length; i++)
        {
            destination[i] = Sigma(energiesKeV[i] * scale);
        }
    }
}
