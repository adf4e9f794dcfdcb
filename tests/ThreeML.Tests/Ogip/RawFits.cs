using ThreeML.Fits;

namespace ThreeML.Tests.Ogip;

/// <summary>Independent references computed straight from the FITS columns, without the OGIP readers.</summary>
internal static class RawFits
{
    public static BinaryTableHdu Table(string path, string extName, int extVer = 1) =>
        FitsFile.Read(path).GetExtension<BinaryTableHdu>(extName, extVer);

    public static BinaryTableHdu MatrixTable(string path, int extVer = 1)
    {
        var file = FitsFile.Read(path);
        return file.TryGetExtension("MATRIX", extVer, out var hdu)
            ? (BinaryTableHdu)hdu
            : file.GetExtension<BinaryTableHdu>("SPECRESP MATRIX", extVer);
    }

    /// <summary>The sum of all stored MATRIX elements in use (the first ΣN_CHAN values of each row).</summary>
    public static double MatrixSum(BinaryTableHdu matrix, double[]? arf = null)
    {
        var nGrp = matrix.ReadDoubleArrays("N_GRP");
        var nChan = matrix.ReadDoubleArrays("N_CHAN");
        var values = matrix.ReadDoubleArrays("MATRIX");
        var sum = 0.0;
        for (var r = 0; r < matrix.RowCount; r++)
        {
            var used = (int)nChan[r].Take((int)nGrp[r][0]).Sum();
            sum += values[r].Take(used).Sum() * (arf?[r] ?? 1.0);
        }

        return sum;
    }

    /// <summary>One energy bin's row of the matrix decompressed here from the raw columns (TLMIN of F_CHAN given).</summary>
    public static double[] MatrixRow(BinaryTableHdu matrix, int row, int channels, int tlmin)
    {
        var nGrp = matrix.ReadDoubleArrays("N_GRP")[row][0];
        var fChan = matrix.ReadDoubleArrays("F_CHAN")[row];
        var nChan = matrix.ReadDoubleArrays("N_CHAN")[row];
        var values = matrix.ReadDoubleArrays("MATRIX")[row];
        var result = new double[channels];
        var m = 0;
        for (var g = 0; g < (int)nGrp; g++)
        {
            for (var i = 0; i < (int)nChan[g]; i++)
            {
                result[(int)fChan[g] - tlmin + i] = values[m++];
            }
        }

        return result;
    }

    /// <summary>The dense matrix [energy bin, channel] decompressed here from the raw columns (TLMIN of F_CHAN given).</summary>
    public static double[,] DenseMatrix(BinaryTableHdu matrix, int channels, int tlmin)
    {
        var nGrp = matrix.ReadDoubleArrays("N_GRP");
        var fChan = matrix.ReadDoubleArrays("F_CHAN");
        var nChan = matrix.ReadDoubleArrays("N_CHAN");
        var values = matrix.ReadDoubleArrays("MATRIX");
        var dense = new double[matrix.RowCount, channels];
        for (var r = 0; r < matrix.RowCount; r++)
        {
            var m = 0;
            for (var g = 0; g < (int)nGrp[r][0]; g++)
            {
                for (var i = 0; i < (int)nChan[r][g]; i++)
                {
                    dense[r, (int)fChan[r][g] - tlmin + i] = values[r][m++];
                }
            }
        }

        return dense;
    }
}
