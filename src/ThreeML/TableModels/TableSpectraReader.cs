using ThreeML.Fits;

namespace ThreeML.TableModels;

/// <summary>Reads the SPECTRA extension into the grid layout (last parameter fastest), placing each row by its PARAMVAL.</summary>
/// <remarks>With NXFLTEXP = m > 1 each grid point has m rows; the k-th row met for a point is its k-th spectrum
/// (expression XFXP000k), and only the <c>set</c>-th is kept.</remarks>
internal static class TableSpectraReader
{
    public static (double[] Main, double[][] Added) Read(string path, BinaryTableHdu hdu, IReadOnlyList<TableParameter> parameters, int nInt, int nAdd, int bins, int perPoint, int set)
    {
        var total = 1;
        for (var i = 0; i < nInt; i++)
        {
            total *= parameters[i].Values.Count;
        }

        if (hdu.RowCount != total * perPoint)
        {
            var expected = perPoint == 1 ? $"{total} points" : $"{total} points × NXFLTEXP = {perPoint} spectra";
            throw XspecTableReader.Error(path, hdu, $"the parameter grid has {expected} but the extension has {hdu.RowCount} rows.", keyword: "NAXIS2");
        }

        var paramValues = XspecTableReader.Column(path, hdu, "PARAMVAL", t => t.ReadDoubleArrays("PARAMVAL"));
        var main = new double[total * bins];
        var added = new double[nAdd][];
        var intp = XspecTableReader.Column(path, hdu, "INTPSPEC", t => t.ReadDoubleArrays("INTPSPEC"));
        var adds = new double[nAdd][][];
        for (var j = 0; j < nAdd; j++)
        {
            var column = $"ADDSP{j + 1:D3}";
            adds[j] = XspecTableReader.Column(path, hdu, column, t => t.ReadDoubleArrays(column));
            added[j] = new double[total * bins];
        }

        var seen = new int[total];
        for (var r = 0; r < hdu.RowCount; r++)
        {
            if (paramValues[r].Length < nInt)
            {
                throw XspecTableReader.Error(path, hdu, $"PARAMVAL holds {paramValues[r].Length} values; expected NINTPARM = {nInt}.", column: "PARAMVAL", row: r);
            }

            var index = 0;
            for (var i = 0; i < nInt; i++)
            {
                var k = IndexOf(parameters[i].Values, paramValues[r][i]);
                if (k < 0)
                {
                    throw XspecTableReader.Error(path, hdu, $"PARAMVAL {paramValues[r][i]} of parameter '{parameters[i].Name}' is not one of its VALUE grid points.", column: "PARAMVAL", row: r);
                }

                index = index * parameters[i].Values.Count + k;
            }

            if (seen[index] == perPoint)
            {
                throw XspecTableReader.Error(path, hdu, perPoint == 1 ? "this grid point appears twice." : $"this grid point appears more than NXFLTEXP = {perPoint} times.", column: "PARAMVAL", row: r);
            }

            if (seen[index]++ != set)
            {
                continue;
            }

            Copy(path, hdu, "INTPSPEC", r, intp[r], main.AsSpan(index * bins, bins));
            for (var j = 0; j < nAdd; j++)
            {
                Copy(path, hdu, $"ADDSP{j + 1:D3}", r, adds[j][r], added[j].AsSpan(index * bins, bins));
            }
        }

        return (main, added);
    }

    private static void Copy(string path, BinaryTableHdu hdu, string column, int row, double[] source, Span<double> target)
    {
        if (source.Length != target.Length)
        {
            throw XspecTableReader.Error(path, hdu, $"the spectrum has {source.Length} values; expected one per energy bin ({target.Length}).", column: column, row: row);
        }

        for (var i = 0; i < source.Length; i++)
        {
            if (!double.IsFinite(source[i]))
            {
                throw XspecTableReader.Error(path, hdu, $"element {i} is {source[i]}; expected a finite number.", column: column, row: row);
            }
        }

        source.CopyTo(target);
    }

    /// <summary>The grid index of a value, matched to single precision (tables are usually written as floats).</summary>
    private static int IndexOf(IReadOnlyList<double> grid, double value)
    {
        for (var k = 0; k < grid.Count; k++)
        {
            if (Math.Abs(grid[k] - value) <= 1e-6 * Math.Max(Math.Abs(grid[k]), 1e-30))
            {
                return k;
            }
        }

        return -1;
    }
}
