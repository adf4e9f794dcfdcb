using ThreeML.Fits;

namespace ThreeML.TableModels;

/// <summary>Reads an OGIP/92-009 XSPEC table model file: the PRIMARY keywords, PARAMETERS, ENERGIES and SPECTRA.</summary>
internal static class XspecTableReader
{
    public static TableModelData Read(string path, bool exponential)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = FitsFile.Read(path);
        var primary = file.Primary;
        if (!primary.Header.TryGetString("HDUCLAS1", out var class1) || !string.Equals(class1.Trim(), "XSPEC TABLE MODEL", StringComparison.OrdinalIgnoreCase))
        {
            throw new FitsFormatException("the primary HDU's HDUCLAS1 is not 'XSPEC TABLE MODEL'; this is not an XSPEC table model.", path, 0, null, "HDUCLAS1");
        }

        var name = primary.Header.TryGetString("MODLNAME", out var n) ? n.Trim() : Path.GetFileNameWithoutExtension(path);
        var additive = primary.Header.GetBool("ADDMODEL");
        var redshift = primary.Header.TryGetBool("REDSHIFT", out var z) && z;
        var kind = additive ? TableModelKind.Additive : exponential ? TableModelKind.Exponential : TableModelKind.Multiplicative;
        if (additive && exponential)
        {
            throw new FitsFormatException("ADDMODEL is T (an additive table); only multiplicative tables can be loaded as etable.", path, 0, null, "ADDMODEL");
        }

        // Conventions added to OGIP/92-009 in 2020 whose evaluation we do not implement: refuse rather than misread.
        if (primary.Header.TryGetBool("ESCALE", out var escale) && escale)
        {
            throw new FitsFormatException("ESCALE is T: tables with an energy-scale parameter (OGIP/92-009, 2020 revision) are not supported; rewrite the table without it.", path, 0, null, "ESCALE");
        }

        if (primary.Header.TryGetInt32("NXFLTEXP", out var spectraPerPoint) && spectraPerPoint > 1)
        {
            throw new FitsFormatException($"NXFLTEXP is {spectraPerPoint}: tables with several spectra per grid point (chosen by XFXPnnnn expressions) are not supported.", path, 0, null, "NXFLTEXP");
        }

        var parameters = file.GetExtension<BinaryTableHdu>("PARAMETERS");
        var nInt = parameters.Header.GetInt32("NINTPARM");
        var nAdd = parameters.Header.TryGetInt32("NADDPARM", out var a) ? a : 0;
        if (nInt < 0 || nAdd < 0 || parameters.RowCount != nInt + nAdd)
        {
            throw Error(path, parameters, $"NINTPARM = {nInt} and NADDPARM = {nAdd} but the extension has {parameters.RowCount} rows.", keyword: "NINTPARM");
        }

        var table = ReadParameters(path, parameters, nInt);
        var energies = file.GetExtension<BinaryTableHdu>("ENERGIES");
        var lo = Column(path, energies, "ENERG_LO", h => h.ReadDoubles("ENERG_LO"));
        var hi = Column(path, energies, "ENERG_HI", h => h.ReadDoubles("ENERG_HI"));
        var edges = new double[lo.Length + 1];
        for (var i = 0; i < lo.Length; i++)
        {
            edges[i] = lo[i];
            if (!(hi[i] > lo[i]) || (i > 0 && Math.Abs(lo[i] - hi[i - 1]) > 1e-6 * hi[i - 1]))
            {
                throw Error(path, energies, $"bin {i} is [{lo[i]}, {hi[i]}] keV; expected contiguous increasing bins.", column: "ENERG_LO", row: i);
            }
        }

        edges[^1] = hi[^1];
        var spectra = TableSpectraReader.Read(path, file.GetExtension<BinaryTableHdu>("SPECTRA"), table, nInt, nAdd, lo.Length);
        var below = primary.Header.TryGetDouble("LOELIMIT", out var b) ? b : 0.0;
        var above = primary.Header.TryGetDouble("HIELIMIT", out var h) ? h : 0.0;
        return new TableModelData(name, kind, redshift, table, nInt, edges, spectra.Main, spectra.Added, below, above);
    }

    private static List<TableParameter> ReadParameters(string path, BinaryTableHdu hdu, int nInt)
    {
        var names = Column(path, hdu, "NAME", t => t.ReadStrings("NAME"));
        var methods = Column(path, hdu, "METHOD", t => t.ReadInt32s("METHOD"));
        var initial = Column(path, hdu, "INITIAL", t => t.ReadDoubles("INITIAL"));
        var delta = Column(path, hdu, "DELTA", t => t.ReadDoubles("DELTA"));
        var min = Column(path, hdu, "MINIMUM", t => t.ReadDoubles("MINIMUM"));
        var max = Column(path, hdu, "MAXIMUM", t => t.ReadDoubles("MAXIMUM"));
        var counts = Column(path, hdu, "NUMBVALS", t => t.ReadInt32s("NUMBVALS"));
        var values = Column(path, hdu, "VALUE", t => t.ReadDoubleArrays("VALUE"));
        var list = new List<TableParameter>();
        for (var r = 0; r < names.Length; r++)
        {
            var interpolated = r < nInt;
            var count = counts[r];
            if (interpolated && (count < 1 || count > values[r].Length))
            {
                throw Error(path, hdu, $"NUMBVALS is {count} but VALUE holds {values[r].Length} numbers.", column: "NUMBVALS", row: r);
            }

            var grid = interpolated ? values[r][..count] : [];
            for (var i = 1; i < grid.Length; i++)
            {
                if (!(grid[i] > grid[i - 1]))
                {
                    throw Error(path, hdu, $"parameter '{names[r]}': VALUE is not strictly increasing at element {i} ({grid[i - 1]}, {grid[i]}).", column: "VALUE", row: r);
                }
            }

            if (methods[r] is not (0 or 1) || (methods[r] == 1 && interpolated && !(grid[0] > 0)))
            {
                throw Error(path, hdu, $"parameter '{names[r]}': METHOD {methods[r]} with first value {(grid.Length > 0 ? grid[0] : double.NaN)}; expected 0 (linear) or 1 (logarithmic, positive values).", column: "METHOD", row: r);
            }

            list.Add(new TableParameter(names[r].Trim(), grid, (TableInterpolation)methods[r], initial[r], Math.Abs(delta[r]), min[r], max[r], delta[r] < 0));
        }

        return list;
    }

    /// <summary>Reads a column, turning a missing or mistyped column into a located format error.</summary>
    internal static T Column<T>(string path, BinaryTableHdu hdu, string column, Func<BinaryTableHdu, T> read)
    {
        try
        {
            return read(hdu);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or ArgumentException)
        {
            throw new FitsFormatException($"cannot read column {column}: {ex.Message}", path, hdu.Index, hdu.ExtName, column: column, inner: ex);
        }
    }

    internal static FitsFormatException Error(string path, BinaryTableHdu hdu, string detail, string? keyword = null, string? column = null, long? row = null) =>
        new(detail, path, hdu.Index, hdu.ExtName, keyword, column, row);
}
