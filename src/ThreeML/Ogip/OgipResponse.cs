using ThreeML.Fits;
using ThreeML.Responses;

namespace ThreeML.Ogip;

/// <summary>Reads OGIP responses (CAL/GEN/92-002): an RSP or RMF (MATRIX or SPECRESP MATRIX extension plus EBOUNDS),
/// optionally with an ARF, and multi-matrix GBM RSP2 files (3ML's <c>OGIPResponse</c> and
/// <c>InstrumentResponseSet.from_rsp2_file</c>).</summary>
/// <remarks>
/// <para>Energies are converted to keV from the columns' TUNIT (eV, keV, MeV, GeV; keV when absent). Channel numbers in
/// F_CHAN are offset by the TLMIN of the F_CHAN column (1 when absent, as 3ML), so channel index = F_CHAN − TLMIN.
/// ENERG_LO/ENERG_HI and E_MIN/E_MAX must be contiguous to numpy's <c>allclose</c> tolerance (|a − b| ≤ 1e-8 +
/// 1e-5·|b|), as 3ML requires.</para>
/// <para>Every malformed file gives an <see cref="OgipFormatException"/> (or a <see cref="FitsFormatException"/> for
/// broken FITS) naming file, extension, keyword or column, and row.</para>
/// </remarks>
public static partial class OgipResponse
{
    private const string Matrix = "MATRIX";
    private const string SpecrespMatrix = "SPECRESP MATRIX";

    /// <summary>Reads a response: an RSP (SPECRESP MATRIX, effective area included) or an RMF (MATRIX) multiplied by an
    /// optional ARF.</summary>
    /// <param name="path">The RSP/RMF file; "file.rsp{n}" selects the matrix extension with EXTVER n (1-based, as 3ML),
    /// else the n-th matrix extension in file order.</param>
    /// <param name="arfPath">An ARF whose SPECRESP (cm²) multiplies every energy bin of the matrix, or null (or "none").</param>
    /// <returns>The response, matrix elements in cm² (RMF probabilities when an RMF is read without an ARF).</returns>
    /// <exception cref="OgipFormatException">The file breaks the OGIP response format, or the ARF does not match the RMF.</exception>
    /// <exception cref="FitsFormatException">The file is not valid FITS.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="ArgumentException">The path is empty or its "{n}" selector is malformed.</exception>
    public static InstrumentResponse Read(string path, string? arfPath = null)
    {
        var (file, number) = OgipPath.SplitArgument(path, nameof(path));
        FitsFile fits = FitsFile.Read(file);
        OgipTable table = FindMatrix(fits, file, number ?? 1);
        double[] channelEdges = ReadChannelEdges(fits, file);
        return ReadMatrix(table, channelEdges, OgipPath.IsNone(arfPath) ? null : arfPath);
    }

    /// <summary>Reads every matrix of a multi-matrix response (GBM RSP2) with its time coverage.</summary>
    /// <param name="path">The RSP2 file.</param>
    /// <param name="halfShifted">Apply GBM's convention, as 3ML does by default: each matrix covers from the midpoint of
    /// the previous matrix's TSTART/TSTOP (the first: from its own TSTART) to the midpoint of its own.</param>
    /// <param name="referenceTime">Subtracted from every coverage time (e.g. the trigger time), s; the intervals given to
    /// <see cref="ResponseSet.WeightByExposure(ValueTuple{double, double}[])"/> are then relative to it.</param>
    /// <returns>The matrices in time order; those whose coverage has zero duration are dropped, as 3ML.</returns>
    /// <exception cref="OgipFormatException">A matrix lacks TSTART/TSTOP, DRM_NUM disagrees with the matrices present,
    /// the coverage is not contiguous, or a matrix is malformed.</exception>
    /// <exception cref="FitsFormatException">The file is not valid FITS.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ResponseSet ReadSet(string path, bool halfShifted = true, double referenceTime = 0.0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FitsFile fits = FitsFile.Read(path);
        var tables = MatrixExtensions(fits, path);
        if (tables.Count == 0)
        {
            throw NoMatrix(fits, path);
        }

        if (fits.Hdus[0].Header.TryGetInt64("DRM_NUM", out long drmNum) && drmNum != tables.Count)
        {
            throw new OgipFormatException($"DRM_NUM = {drmNum} but the file holds {tables.Count} MATRIX/SPECRESP MATRIX extensions.", path, "PRIMARY", "DRM_NUM");
        }

        double[] channelEdges = ReadChannelEdges(fits, path);
        var responses = new List<InstrumentResponse>(tables.Count);
        var coverage = new List<(double Start, double Stop)>(tables.Count);
        foreach (OgipTable table in tables)
        {
            var start = table.OptionalDouble("TSTART") ?? throw table.Error("is missing; every matrix of a multi-matrix response needs its coverage TSTART/TSTOP, s.", keyword: "TSTART");
            var stop = table.OptionalDouble("TSTOP") ?? throw table.Error("is missing; every matrix of a multi-matrix response needs its coverage TSTART/TSTOP, s.", keyword: "TSTOP");
            if (stop < start)
            {
                throw table.Error($"= {OgipTable.Format(stop)} precedes TSTART = {OgipTable.Format(start)}; expected TSTOP ≥ TSTART.", keyword: "TSTOP");
            }

            responses.Add(ReadMatrix(table, channelEdges, null));
            coverage.Add((start, stop));
        }

        return ResponseSet.Create(path, tables, responses, coverage, halfShifted, referenceTime);
    }

    private static List<OgipTable> MatrixExtensions(FitsFile fits, string path) =>
        fits.Hdus.Skip(1)
            .Where(h => IsMatrixName(h.ExtName))
            .Select(h => OgipTable.FromHdu(h, path, h.ExtName!))
            .ToList();

    private static bool IsMatrixName(string? name) =>
        string.Equals(name, Matrix, StringComparison.OrdinalIgnoreCase) || string.Equals(name, SpecrespMatrix, StringComparison.OrdinalIgnoreCase);

    private static OgipTable FindMatrix(FitsFile fits, string path, int number)
    {
        // As 3ML: ["MATRIX", n] first, then ["SPECRESP MATRIX", n] (EXTVER n); files that do not number their
        // matrices by EXTVER are served by position.
        if (fits.TryGetExtension(Matrix, number, out FitsHdu? hdu) || fits.TryGetExtension(SpecrespMatrix, number, out hdu))
        {
            return OgipTable.FromHdu(hdu, path, hdu.ExtName!);
        }

        var all = MatrixExtensions(fits, path);
        if (all.Count == 0)
        {
            throw NoMatrix(fits, path);
        }

        return number <= all.Count
            ? all[number - 1]
            : throw new OgipFormatException($"matrix {number} was selected ('{{{number}}}') but the file holds {all.Count} MATRIX/SPECRESP MATRIX extension(s) (1..{all.Count}).", path, all[0].ExtName, "EXTVER");
    }

    private static OgipFormatException NoMatrix(FitsFile fits, string path)
    {
        var present = string.Join(", ", fits.Hdus.Skip(1).Select(h => h.ExtName ?? "(unnamed)"));
        return new OgipFormatException($"has no MATRIX or SPECRESP MATRIX extension (extensions present: {(present.Length == 0 ? "none" : present)}); expected an OGIP response (RMF or RSP).", path, keyword: "EXTNAME");
    }
}
