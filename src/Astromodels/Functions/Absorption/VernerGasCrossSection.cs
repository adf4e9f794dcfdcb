namespace Astromodels.Functions;

/// <summary>Cold gas without molecules or grains, σ(E) = Σ_Z A_Z σ_Z(E) with Verner's fits for every element
/// (XSPEC's <c>phabs</c> under its default <c>xsect vern</c>).</summary>
/// <remarks>The sum runs over the 18 elements of <see cref="VernerFitParameters"/> with the abundances of the chosen
/// table (<see cref="SolarAbundances"/>). Like the fits, it is evaluated up to 1 MeV; XSPEC returns no absorption at
/// all above 100 keV.</remarks>
internal sealed class VernerGasCrossSection : CrossSection
{
    private readonly double[] _abundance;

    private VernerGasCrossSection(AbundanceTable table)
    {
        var elements = VernerFitParameters.Elements;
        _abundance = new double[elements.Length];
        for (var i = 0; i < elements.Length; i++)
        {
            _abundance[i] = SolarAbundances.Relative(table, elements[i].Z);
        }
    }

    /// <summary>The cross-section for <paramref name="table"/> (one instance per table).</summary>
    public static VernerGasCrossSection For(AbundanceTable table) => table switch
    {
        AbundanceTable.AG89 => Instances.Ag89,
        AbundanceTable.ASPL => Instances.Aspl,
        _ => Instances.Wilm,
    };

    /// <inheritdoc />
    public override IReadOnlyList<double>? Breakpoints { get; } = VernerCrossSection.ThresholdsKeV(VernerFitParameters.Elements);

    /// <inheritdoc />
    public override double Sigma(double energyKeV)
    {
        var e = energyKeV * 1000;
        var elements = VernerFitParameters.Elements;
        var sum = 0.0;
        for (var i = 0; i < elements.Length; i++)
        {
            sum += _abundance[i] * VernerCrossSection.Sigma(elements[i], e);
        }

        // Mb → 10⁻²² cm².
        return sum * 1e4;
    }

    // Built on first use, once per process: immutable, not mutable state.
    private static class Instances
    {
        public static readonly VernerGasCrossSection Wilm = new(AbundanceTable.WILM);
        public static readonly VernerGasCrossSection Ag89 = new(AbundanceTable.AG89);
        public static readonly VernerGasCrossSection Aspl = new(AbundanceTable.ASPL);
    }
}
