using System.Runtime.CompilerServices;
using Astromodels.Serialization;
using Astromodels;
using Astromodels.Functions;

namespace ThreeML.TableModels;

/// <summary>An XSPEC table model (OGIP/92-009 <c>atable</c>, <c>mtable</c>, <c>etable</c>; astromodels'
/// <c>XSPECTableModel</c>) as a spectral function: parameters from the file's PARAMETERS extension, multilinear
/// interpolation on the parameter grid, and the tabulated bins spread over any energy grid.</summary>
/// <remarks>
/// <para>Parameters, in XSPEC's order: the interpolation parameters, the additional ones, <c>Escale</c> (fixed at 1,
/// when the file sets ESCALE), <c>redshift</c> (fixed at 0, when the file sets REDSHIFT) and, for additive tables, the
/// normalisation <c>K</c>. The tabulated photon fluxes per bin F_b (1/(cm² s)) become the piecewise-constant density
/// n(E) = K·F_b/ΔE_b, 1/(cm² keV s). With a redshift z and an energy scale s the observed energy E reads the table
/// at E(1 + z)/s and an additive table's density becomes n(E(1 + z)/s)/s, as XSPEC computes it: the photons of the
/// table's bins over the observed bin, divided by 1 + z (time dilation; the energy scale conserves photons).
/// Multiplicative tables give the factor F_b in bin b, exponential ones exp(−F_b), read at E(1 + z)/s. With
/// NXFLTEXP > 1 (several spectra per grid point, XSPEC picks one per data set by its XFLT keywords) the spectra of one
/// XFXPnnnn expression, named when reading, are used. Outside the tabulated energies the value is LOELIMIT /
/// HIELIMIT (0 when absent).</para>
/// <para>Speed: the interpolated spectrum is recomputed only when a parameter changed, and the table bin of every
/// energy of an <see cref="EnergyGrid"/> is found once per grid (and redshift) and remembered, so an evaluation costs
/// 2^d multiply-adds over the table bins plus a gather. Bin integrals (<see cref="Function1D.Integral"/>) are the exact
/// integrals of the piecewise-constant density, i.e. the table's fluxes redistributed by bin overlap. Not
/// thread-safe (each clone has its own buffers).</para>
/// <para>Reference: Arnaud, K. A., "The File Format for XSPEC Table Models", OGIP Memo OGIP/92-009.</para>
/// </remarks>
public sealed partial class XspecTableModel : Function1D, ITabulatedFunction
{
    private readonly TableModelData _data;
    private readonly GridInterpolator _interpolator;
    private readonly double[] _spectrum;
    private readonly double[] _key;
    private readonly double[] _scratch;
    private readonly ConditionalWeakTable<EnergyGrid, GridBins> _gridBins = [];
    private bool _valid;

    internal XspecTableModel(TableModelData data, string file)
        : base(CreateParameters(data))
    {
        _data = data;
        TableFile = file;
        _interpolator = new GridInterpolator(data);
        _spectrum = new double[data.BinCount];
        _key = new double[data.Parameters.Count];
        _scratch = new double[data.Parameters.Count];
    }

    /// <summary>Reads a table model file (atable/mtable by its ADDMODEL keyword; <paramref name="exponential"/> for etable).</summary>
    /// <param name="path">The FITS file.</param>
    /// <param name="exponential">Load a multiplicative table as XSPEC's etable: factor exp(−value).</param>
    /// <param name="spectrumSet">For tables with NXFLTEXP > 1: the XFXPnnnn expression whose spectra to use (XSPEC
    /// matches it to the data set's XFLT keywords); must be null for other tables.</param>
    /// <exception cref="ThreeML.Fits.FitsFormatException">The file is not a valid table model, or
    /// <paramref name="spectrumSet"/> is missing or not one of the file's expressions; the message names the file,
    /// extension, keyword or column and row, and lists the expressions.</exception>
    public static XspecTableModel Read(string path, bool exponential = false, string? spectrumSet = null) =>
        new(XspecTableReader.Read(path, exponential, spectrumSet), path);

    /// <summary>Loads a table as XSPEC's <c>atable</c>, <c>mtable</c> or <c>etable</c> command would (the
    /// <see cref="TableFunctionLoader"/> for model files: <c>Model.Load(path, XspecTableModel.Load)</c>).</summary>
    /// <param name="kind">"atable" (the file must be additive), "mtable" or "etable" (multiplicative files).</param>
    /// <param name="path">The FITS file.</param>
    /// <exception cref="ArgumentException">An unknown kind, or one that does not match the file's ADDMODEL.</exception>
    /// <exception cref="ThreeML.Fits.FitsFormatException">The file is not a valid table model.</exception>
    public static Function1D Load(string kind, string path) => Load(kind, path, (file, exponential) => XspecTableReader.Read(file, exponential, null));

    /// <summary><see cref="Load(string, string)"/> with the file's content from <paramref name="read"/> (path,
    /// exponential), so a cache can share one table's content among the functions it loads.</summary>
    internal static Function1D Load(string kind, string path, Func<string, bool, TableModelData> read)
    {
        var exponential = kind switch
        {
            "atable" or "mtable" => false,
            "etable" => true,
            _ => throw new ArgumentException($"Unknown table kind '{kind}'; expected atable, mtable or etable.", nameof(kind)),
        };
        var table = new XspecTableModel(read(path, exponential), path);
        if (table.TableKind != kind)
        {
            throw new ArgumentException($"The table '{path}' is {(table.Kind == TableModelKind.Additive ? "additive (atable)" : "multiplicative (mtable or etable)")}, not a {kind}.", nameof(kind));
        }

        return table;
    }

    /// <summary>The file the table was read from, as given to <see cref="Read"/>.</summary>
    public string TableFile { get; }

    /// <summary>"atable", "mtable" or "etable", as XSPEC names the ways of loading a table.</summary>
    public string TableKind => _data.Kind switch
    {
        TableModelKind.Additive => "atable",
        TableModelKind.Exponential => "etable",
        _ => "mtable",
    };

    /// <inheritdoc />
    public override string Name => _data.ModelName;

    /// <inheritdoc />
    public override string Description => $"XSPEC table model ({_data.Kind}) with {_data.Parameters.Count} parameters on {_data.BinCount} energy bins";

    /// <inheritdoc />
    public override bool IsMultiplicative => _data.Kind != TableModelKind.Additive;

    /// <summary>Additive, multiplicative or exponential.</summary>
    public TableModelKind Kind => _data.Kind;

    /// <summary>The table's parameters as read from the file (grid values, methods, limits).</summary>
    public IReadOnlyList<TableParameter> TableParameters => _data.Parameters;

    /// <summary>The XFXPnnnn expressions of a table with several spectra per grid point (NXFLTEXP > 1), else empty.</summary>
    public IReadOnlyList<string> SpectrumSets => _data.SpectrumSets;

    /// <summary>The expression whose spectra this model uses (null when the table has one spectrum per grid point).</summary>
    public string? SpectrumSet => _data.SpectrumSets.Count > 0 ? _data.SpectrumSets[_data.SelectedSet] : null;

    /// <summary>The table's energy-bin edges, keV, in the rest frame.</summary>
    public ReadOnlySpan<double> EnergyEdges => _data.Edges;

    /// <inheritdoc />
    public override double Evaluate(double x)
    {
        var bins = Refresh(out var shift);
        var b = FindBin(_data.Edges, x * shift);
        return Value(b, bins, shift);
    }

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        var bins = Refresh(out var shift);
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = Value(FindBin(_data.Edges, x[i] * shift), bins, shift);
        }
    }

    /// <inheritdoc />
    protected override void EvaluateOnGrid(EnergyGrid grid, ShapeCache shapes, Span<double> destination)
    {
        CheckDestination(grid.Length, destination.Length);
        var bins = Refresh(out var shift);
        var map = _gridBins.GetValue(grid, static g => new GridBins(g.Length));
        if (map.Shift != shift)
        {
            var energies = grid.Energies;
            for (var i = 0; i < energies.Length; i++)
            {
                map.Bins[i] = FindBin(_data.Edges, energies[i] * shift);
            }

            map.Shift = shift;
        }

        var index = map.Bins;
        for (var i = 0; i < index.Length; i++)
        {
            destination[i] = Value(index[i], bins, shift);
        }
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        // Table parameters carry no units in OGIP/92-009 beyond their UNIT column, which XSPEC ignores too.
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new XspecTableModel(_data, TableFile);

    private sealed class GridBins(int length)
    {
        public int[] Bins { get; } = new int[length];

        public double Shift { get; set; } = double.NaN;
    }
}
