using Astromodels.Numerics;
using MathNet.Numerics;

namespace Astromodels.Functions;

/// <summary>The interstellar cross-section per H atom of Wilms, Allen &amp; McCray (2000) as XSPEC's <c>tbabs</c> 2.3
/// evaluates it: gas-phase atoms, molecular hydrogen and grains.</summary>
/// <remarks>
/// <para>σ(E) = Σ_Z A_Z (1 − β_Z) σ_Z(E) [H: × (1 − f_H₂)] + ½ f_H₂ σ_H₂(E) + σ_grains(E), with A_Z the abundance
/// table, β_Z the fraction of element Z locked in grains (1 minus the depletion factors of Wilms et al. 2000, Table 2:
/// H, He, N, Ne, Ar 0; C 0.5; O 0.4; Na 0.75; Mg 0.8; Al 0.98; Si 0.9; S 0.4; Cl 0.5; Ca 0.997; Cr 0.97; Fe 0.7;
/// Co 0.95; Ni 0.96) and f_H₂ = 0.2 the fraction of H in molecules.</para>
/// <para>σ_Z: H from Band et al. (1990), He from Yan et al. (1998), H₂ from Yan et al. (1998) and Wilms et al.
/// (2000), O, Ne and Fe from tabulated resolved edges where tabulated (<see cref="EdgeTable"/>; Fe follows
/// 1.645 Mb (E/720.74 eV)^−3.2 from 745 to 795 eV), every other element and energy from Verner's fits
/// (<see cref="VernerCrossSection"/>).</para>
/// <para>Grains (Wilms et al. 2000, §2.3 and appendix): spheres of density ρ = 1 g cm⁻³ with radii distributed as
/// a^−3.5 between 0.025 and 0.25 μm (Mathis, Rumph &amp; Nordsieck 1977), made of the depleted atoms. A grain of radius a
/// absorbs like a slab of column N̄(a) = (4/3)ρa/m̄ atoms of mean cross-section σ̄, so its cross-section is
/// πa²(1 − e^(−σ̄N̄)); integrated over the size distribution this gives the closed form of the paper's appendix, with
/// the lower incomplete gamma function γ(½, x) = √π erf(√x).</para>
/// <para>XSPEC sets σ to zero above 100 keV; the fits behave correctly beyond, so we evaluate them up to 1 MeV.</para>
/// </remarks>
internal sealed class TbAbsCrossSection : CrossSection
{
    private const double MolecularFraction = 0.2;
    private const double GrainDensity = 1.0;
    private const double MinimumRadiusCm = 0.025e-4;
    private const double MaximumRadiusCm = 0.25e-4;
    private const double SizeIndex = 3.5;
    private const double AtomicMassUnitGrams = 1.6605655e-24;
    private const double MegabarnCm2 = 1e-18;

    // Gas fraction (depletion factor) and atomic weight per element, in VernerFitParameters.Elements order (Wilms et al. 2000, Table 2).
    private static readonly double[] GasFraction = [1.0, 1.0, 0.5, 1.0, 0.6, 1.0, 0.25, 0.2, 0.02, 0.1, 0.6, 0.5, 1.0, 0.003, 0.03, 0.3, 0.05, 0.04];
    private static readonly double[] AtomicWeight = [1, 4, 12, 14, 16, 20, 23, 24, 27, 28, 32, 35, 40, 40, 52, 56, 59, 59];

    private readonly double[] _gasAbundance;
    private readonly double[] _dustAbundance;
    private readonly double _dustAtoms;
    private readonly double _grainsPerH;
    private readonly double _slabColumnPerRadius;

    private TbAbsCrossSection(AbundanceTable table)
    {
        var elements = VernerFitParameters.Elements;
        _gasAbundance = new double[elements.Length];
        _dustAbundance = new double[elements.Length];
        var grainMass = 0.0;
        for (var i = 0; i < elements.Length; i++)
        {
            var abundance = elements[i].Z == 1 ? 1.0 : SolarAbundances.Relative(table, elements[i].Z);
            _dustAbundance[i] = abundance * (1 - GasFraction[i]);
            _gasAbundance[i] = abundance * GasFraction[i] * (elements[i].Z == 1 ? 1 - MolecularFraction : 1);
            grainMass += _dustAbundance[i] * AtomicWeight[i];
            _dustAtoms += _dustAbundance[i];
        }

        grainMass *= AtomicMassUnitGrams;
        var meanAtomMass = grainMass / _dustAtoms;

        // Size distribution dn/da = k a^−p per H atom, normalised by the grain mass per H atom.
        var k = (1 - SizeIndex) / (Math.Pow(MaximumRadiusCm, 1 - SizeIndex) - Math.Pow(MinimumRadiusCm, 1 - SizeIndex));
        _grainsPerH = grainMass / (GrainDensity * (4.0 / 3.0) * Math.PI * k)
            * (4 - SizeIndex) / (Math.Pow(MaximumRadiusCm, 4 - SizeIndex) - Math.Pow(MinimumRadiusCm, 4 - SizeIndex));
        _grainsPerH *= Math.PI * k / (SizeIndex - 3);
        _slabColumnPerRadius = (4.0 / 3.0) * GrainDensity / meanAtomMass;
    }

    /// <summary>The cross-section for <paramref name="table"/> (one instance per table: it keys the memoised values on
    /// an <see cref="EnergyGrid"/>).</summary>
    public static TbAbsCrossSection For(AbundanceTable table) => table switch
    {
        AbundanceTable.AG89 => Instances.Ag89,
        AbundanceTable.ASPL => Instances.Aspl,
        _ => Instances.Wilm,
    };

    /// <inheritdoc />
    /// <remarks>Verner's shell thresholds, H, He and the H₂ pieces (13.598, 15.4, 24.58, 30, 85 eV), every knot of
    /// the O, Ne and Fe edge tables and the Fe power-law piece (745–795 eV).</remarks>
    public override IReadOnlyList<double>? Breakpoints { get; } = BuildBreakpoints();

    /// <inheritdoc />
    public override double Sigma(double energyKeV)
    {
        var (gas, dust) = Phases(energyKeV);
        return Combine(gas, dust);
    }

    /// <summary>σ of the bin [<paramref name="lowKeV"/>, <paramref name="highKeV"/>] as XSPEC's <c>tbabs</c> reports a
    /// bin, 10⁻²² cm²: the gas and molecular cross-sections and the grains' mean atomic cross-section are each the mean
    /// of their values at the two edges, and the grains' self-shielding is applied once, to that mean.</summary>
    /// <remarks>Not <c>(σ(low) + σ(high)) / 2</c>: self-shielding is concave in the mean atomic cross-section, so where
    /// σ changes a lot across a bin (the O 1s→2p and 1s→π* resonances at 527 and 541 eV) XSPEC's bin value is up to
    /// 4 % higher than the mean of σ at the edges. Used to compare with XSPEC's tables, not to fit: the plugins
    /// integrate exp(−NH·σ) over their bins from point values.</remarks>
    internal double XspecBinSigma(double lowKeV, double highKeV)
    {
        var (gasLow, dustLow) = Phases(lowKeV);
        var (gasHigh, dustHigh) = Phases(highKeV);
        return Combine(0.5 * (gasLow + gasHigh), 0.5 * (dustLow + dustHigh));
    }

    // The gas-phase and molecular cross-section per H atom and the abundance-weighted sum over the atoms in grains, Mb.
    private (double Gas, double Dust) Phases(double energyKeV)
    {
        var e = energyKeV * 1000;
        var elements = VernerFitParameters.Elements;
        double gas = 0, dust = 0;
        for (var i = 0; i < elements.Length; i++)
        {
            var sigma = Element(elements[i], e);
            gas += _gasAbundance[i] * sigma;
            dust += _dustAbundance[i] * sigma;
        }

        return (gas + (0.5 * MolecularFraction * LightElementCrossSections.MolecularHydrogen(e)), dust);
    }

    private double Combine(double gasMb, double dustMb) =>
        ((gasMb * MegabarnCm2) + Grains(dustMb * MegabarnCm2 / _dustAtoms)) * 1e22;

    // σ_grains per H atom (cm²) for mean atomic cross-section sigmaMean (cm²), Wilms et al. (2000), appendix.
    private double Grains(double sigmaMean)
    {
        var perRadius = _slabColumnPerRadius * sigmaMean;
        var tauMax = perRadius * MaximumRadiusCm;
        var tauMin = perRadius * MinimumRadiusCm;
        var pMin = Math.Pow(MinimumRadiusCm, 3 - SizeIndex);
        var pMax = Math.Pow(MaximumRadiusCm, 3 - SizeIndex);
        var gammaDifference = Math.Sqrt(Math.PI) * (SpecialFunctions.Erf(Math.Sqrt(tauMax)) - SpecialFunctions.Erf(Math.Sqrt(tauMin)));
        return _grainsPerH * ((pMin * -AccurateMath.Expm1(-tauMin)) - (pMax * -AccurateMath.Expm1(-tauMax)) + (Math.Pow(perRadius, SizeIndex - 3) * gammaDifference));
    }

    private static double Element(VernerFitParameters.Element element, double e)
    {
        switch (element.Z)
        {
            case 1:
                return LightElementCrossSections.Hydrogen(e);
            case 2:
                return LightElementCrossSections.Helium(e, 13.598);
            case 8 when EdgeTable.Oxygen.TryGet(e, out var oxygen):
                return oxygen;
            case 10 when EdgeTable.Neon.TryGet(e, out var neon):
                return neon;
            case 26 when EdgeTable.Iron.TryGet(e, out var iron):
                return iron;
            case 26 when e is >= 745 and <= 795:
                return 1.645 * Math.Pow(e / 720.74, -3.2);
            default:
                return VernerCrossSection.Sigma(element, e);
        }
    }

    private static double[] BuildBreakpoints()
    {
        var all = VernerCrossSection.ThresholdsKeV(VernerFitParameters.Elements);
        all.AddRange([0.013598, 0.0154, 0.02458, 0.030, 0.085, 0.745, 0.795]);
        foreach (var table in new[] { EdgeTable.Oxygen, EdgeTable.Neon, EdgeTable.Iron })
        {
            all.AddRange(table.EnergiesEv.Select(e => e / 1000));
        }

        return [.. all.Distinct().Order()];
    }

    // Built on first use, once per process: immutable, not mutable state.
    private static class Instances
    {
        public static readonly TbAbsCrossSection Wilm = new(AbundanceTable.WILM);
        public static readonly TbAbsCrossSection Ag89 = new(AbundanceTable.AG89);
        public static readonly TbAbsCrossSection Aspl = new(AbundanceTable.ASPL);
    }
}
