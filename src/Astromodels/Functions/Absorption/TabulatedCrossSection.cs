using System.Buffers.Binary;

namespace Astromodels.Functions;

/// <summary>A cross-section tabulated by XSPEC on a log-uniform grid from 0.1 to 20 keV (astromodels' BSD-3 tables),
/// interpolated linearly in E inside the grid (as astromodels' <c>np.interp</c>) and continued as a power law outside.</summary>
/// <remarks>
/// <para>The tables are astromodels' <c>astromodels/data/xsect/xsect_{tbabs,phabs}_{wilm,angr,aspl}.fits</c>
/// (github:threeML/astromodels, BSD-3-Clause), written by XSPEC 12 from the models of Wilms, Allen &amp; McCray (2000)
/// and Balucinska-Church &amp; McCammon (1992; He cross-section of Yan et al. 1998). 10 000 energies, 0.023 % apart:
/// linear interpolation between them differs from the model by far less than its 1 % accuracy goal except within a
/// grid step of an edge.</para>
/// <para>astromodels holds σ constant outside 0.1–20 keV; we continue it as the power law through the table's end
/// points 200 steps (a factor 1.11 in energy) from each end, which follows the E^−2.5…E^−3 fall of photoabsorption
/// away from edges. No edge lies in 20 keV–1 MeV; between 0.03 and 0.1 keV the C and N K edges are absent from both
/// tables and their continuation, so the continuation there is indicative only.</para>
/// </remarks>
internal sealed class TabulatedCrossSection : CrossSection
{
    private const int Rows = 10_000;
    private const int SlopeSpan = 200;
    private readonly double[] _energies = new double[Rows];
    private readonly double[] _sigma = new double[Rows];
    private readonly double _lowSlope;
    private readonly double _highSlope;

    private TabulatedCrossSection(string resource)
    {
        using var stream = typeof(TabulatedCrossSection).Assembly.GetManifestResourceStream("Astromodels.Absorption." + resource)
            ?? throw new InvalidOperationException($"The cross-section table '{resource}' is missing from the Astromodels assembly.");
        Span<byte> bytes = new byte[Rows * 8];
        stream.ReadExactly(bytes);
        for (var i = 0; i < Rows; i++)
        {
            _energies[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(8 * i)..]);
            _sigma[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[((8 * i) + 4)..]);
        }

        _lowSlope = Math.Log(_sigma[SlopeSpan] / _sigma[0]) / Math.Log(_energies[SlopeSpan] / _energies[0]);
        _highSlope = Math.Log(_sigma[Rows - 1] / _sigma[Rows - 1 - SlopeSpan]) / Math.Log(_energies[Rows - 1] / _energies[Rows - 1 - SlopeSpan]);
    }

    /// <summary>XSPEC's <c>tbabs</c> with the given abundances.</summary>
    public static TabulatedCrossSection TbAbs(AbundanceTable table) => table switch
    {
        AbundanceTable.AG89 => Tables.TbAbsAngr.Value,
        AbundanceTable.ASPL => Tables.TbAbsAspl.Value,
        _ => Tables.TbAbsWilm.Value,
    };

    /// <summary>XSPEC's <c>phabs</c> with the given abundances (AG89 or ASPL).</summary>
    public static TabulatedCrossSection PhAbs(AbundanceTable table) =>
        table == AbundanceTable.ASPL ? Tables.PhAbsAspl.Value : Tables.PhAbsAngr.Value;

    /// <inheritdoc />
    public override double Sigma(double energyKeV)
    {
        if (energyKeV <= _energies[0])
        {
            return _sigma[0] * Math.Pow(energyKeV / _energies[0], _lowSlope);
        }

        if (energyKeV >= _energies[Rows - 1])
        {
            return _sigma[Rows - 1] * Math.Pow(energyKeV / _energies[Rows - 1], _highSlope);
        }

        var hi = Array.BinarySearch(_energies, energyKeV);
        if (hi >= 0)
        {
            return _sigma[hi];
        }

        hi = ~hi;
        var lo = hi - 1;
        var t = (energyKeV - _energies[lo]) / (_energies[hi] - _energies[lo]);
        return _sigma[lo] + (t * (_sigma[hi] - _sigma[lo]));
    }

    // Loaded on first use, once per process: immutable data, not mutable state.
    private static class Tables
    {
        public static readonly Lazy<TabulatedCrossSection> TbAbsWilm = new(() => new("xsect_tbabs_wilm"));
        public static readonly Lazy<TabulatedCrossSection> TbAbsAngr = new(() => new("xsect_tbabs_angr"));
        public static readonly Lazy<TabulatedCrossSection> TbAbsAspl = new(() => new("xsect_tbabs_aspl"));
        public static readonly Lazy<TabulatedCrossSection> PhAbsAngr = new(() => new("xsect_phabs_angr"));
        public static readonly Lazy<TabulatedCrossSection> PhAbsAspl = new(() => new("xsect_phabs_aspl"));
    }
}
