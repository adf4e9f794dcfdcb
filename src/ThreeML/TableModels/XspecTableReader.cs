using ThreeML.Fits;

namespace ThreeML.TableModels;

/// <summary>Reads an OGIP/92-009 XSPEC table model file: the PRIMARY keywords, PARAMETERS, ENERGIES and SPECTRA.</summary>
internal static class XspecTableReader
{
    public static TableModelData Read(string path, bool exponential, string? spectrumSet = null)
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

        var escale = primary.Header.TryGetBool("ESCALE", out var e) && e;
        var sets = SpectrumSets(path, primary.Header);
        var selected = SelectSet(path, sets, spectrumSet);
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
        var spectra = TableSpectraReader.Read(path, file.GetExtension<BinaryTableHdu>("SPECTRA"), table, nInt, nAdd, lo.Length, Math.Max(1, sets.Count), selected);
        var below = primary.Header.TryGetDouble("LOELIMIT", out var b) ? b : 0.0;
        var above = primary.Header.TryGetDouble("HIELIMIT", out var h) ? h : 0.0;
        return new TableModelData(name, kind, redshift, escale, table, nInt, edges, spectra.Main, spectra.Added, below, above, sets, selected);
    }

    /// <summary>The XFXPnnnn expressions when NXFLTEXP > 1 (several spectra per grid point), else none.</summary>
    private static List<string> SpectrumSets(string path, FitsHeader header)
    {
        var sets = new List<string>();
        if (!header.TryGetInt32("NXFLTEXP", out var count) || count <= 1)
        {
            return sets;
        }

        for (var i = 1; i <= count; i++)
        {
            var keyword = $"XFXP{i:D4}";
            if (!header.TryGetString(keyword, out var expression))
            {
                throw new FitsFormatException($"NXFLTEXP is {count} but {keyword} is missing; expected one XFXPnnnn expression per spectrum at each grid point.", path, 0, null, keyword);
            }

            sets.Add(expression.Trim());
        }

        return sets;
    }

    /// <summary>The index of the spectra to keep: the one whose XFXPnnnn expression is <paramref name="wanted"/>.</summary>
    private static int SelectSet(string path, List<string> sets, string? wanted)
    {
        if (sets.Count == 0)
        {
            return wanted is null
                ? 0
                : throw new FitsFormatException($"spectrum set '{wanted}' was asked for but the table has one spectrum per grid point (no NXFLTEXP).", path, 0, null, "NXFLTEXP");
        }

        var listed = string.Join(", ", sets.Select(s => $"'{s}'"));
        if (wanted is null)
        {
            throw new FitsFormatException($"NXFLTEXP is {sets.Count}: the table holds {sets.Count} spectra per grid point, chosen in XSPEC by the spectrum's XFLT keywords; name one with spectrumSet: {listed}.", path, 0, null, "NXFLTEXP");
        }

        var index = sets.FindIndex(s => string.Equals(s, wanted.Trim(), StringComparison.Ordinal));
        return index >= 0
            ? index
            : throw new FitsFormatException($"no XFXPnnnn expression is '{wanted}'; the table's are {listed}.", path, 0, null, "NXFLTEXP");
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
