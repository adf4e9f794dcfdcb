using ThreeML.Fits;

namespace ThreeML.Ogip;

public static partial class OgipResponse
{
    /// <summary>The channel bounds from EBOUNDS E_MIN/E_MAX, keV (channel count + 1 values).</summary>
    private static double[] ReadChannelEdges(FitsFile fits, string path)
    {
        OgipTable ebounds = OgipTable.Open(fits, path, "EBOUNDS");
        return ReadEdges(ebounds, "E_MIN", "E_MAX", strict: false);
    }

    /// <summary>Reads a low/high column pair as contiguous edges in keV; <paramref name="strict"/> asks for strictly
    /// increasing bins (true energies) rather than non-decreasing ones (channel bounds).</summary>
    internal static double[] ReadEdges(OgipTable table, string loName, string hiName, bool strict)
    {
        double[] lo = table.Scalars(loName);
        double[] hi = table.Scalars(hiName);
        if (lo.Length == 0)
        {
            throw table.Error("has no rows; expected at least one energy bin.", column: loName);
        }

        double loScale = table.EnergyUnitToKeV(loName);
        double hiScale = table.EnergyUnitToKeV(hiName);
        var edges = new double[lo.Length + 1];
        for (var i = 0; i < lo.Length; i++)
        {
            var l = lo[i] * loScale;
            var h = hi[i] * hiScale;
            if (!double.IsFinite(l) || l < 0)
            {
                throw table.Error($"= {OgipTable.Format(l)} keV; expected a finite, non-negative energy.", column: loName, row: i);
            }

            if (!double.IsFinite(h) || (strict ? h <= l : h < l))
            {
                throw table.Error($"= {OgipTable.Format(h)} keV but {loName} = {OgipTable.Format(l)} keV; expected {hiName} {(strict ? ">" : "≥")} {loName}.", column: hiName, row: i);
            }

            if (i > 0 && !AllClose(l, hi[i - 1] * hiScale))
            {
                throw table.Error($"= {OgipTable.Format(l)} keV but the previous {hiName} = {OgipTable.Format(hi[i - 1] * hiScale)} keV; the bins must be contiguous ({loName}[i] = {hiName}[i−1] within 1e-5 relative, as 3ML).", column: loName, row: i);
            }

            // As 3ML, the edges are every low bound plus the last high bound.
            if (i > 0 && (strict ? l <= edges[i - 1] : l < edges[i - 1]))
            {
                throw table.Error($"= {OgipTable.Format(l)} keV does not exceed the previous {loName} = {OgipTable.Format(edges[i - 1])} keV; expected increasing bins.", column: loName, row: i);
            }

            edges[i] = l;
            edges[i + 1] = h;
        }

        return edges;
    }

    /// <summary>numpy's <c>allclose</c> default tolerance, which 3ML uses for contiguity.</summary>
    internal static bool AllClose(double a, double b) => Math.Abs(a - b) <= 1e-8 + (1e-5 * Math.Abs(b));

    /// <summary>Reads an ARF's SPECRESP (cm²) and checks its energy grid against the RMF's.</summary>
    private static double[] ReadArf(string arfPath, OgipTable rmf, double[] rmfEdges)
    {
        FitsFile fits = FitsFile.Read(arfPath);
        OgipTable arf = OgipTable.Open(fits, arfPath, "SPECRESP");
        var bins = rmfEdges.Length - 1;
        if (arf.RowCount != bins)
        {
            throw arf.Error($"RMF '{rmf.Path}' [{rmf.ExtName}] has {bins} energy bins but ARF '{arfPath}' [{arf.ExtName}] has {arf.RowCount} rows (ENERG_LO/ENERG_HI must match).");
        }

        double[] edges = ReadEdges(arf, "ENERG_LO", "ENERG_HI", strict: true);
        for (var i = 0; i < edges.Length; i++)
        {
            // 3ML declares the grids different when they differ by more than 1 % (it compares only positive RMF edges,
            // and signed; here the difference is taken in absolute value).
            if (rmfEdges[i] > 0 && Math.Abs(rmfEdges[i] - edges[i]) / rmfEdges[i] > 0.01)
            {
                var row = Math.Min(i, bins - 1);
                var column = i < bins ? "ENERG_LO" : "ENERG_HI";
                throw arf.Error($"ARF '{arfPath}' energy edge {i} = {OgipTable.Format(edges[i])} keV differs by more than 1 % from RMF '{rmf.Path}' [{rmf.ExtName}] edge {OgipTable.Format(rmfEdges[i])} keV; the ARF and RMF energy grids must match.", column: column, row: row);
            }
        }

        double[] area = arf.Scalars("SPECRESP");
        for (var i = 0; i < area.Length; i++)
        {
            if (!double.IsFinite(area[i]) || area[i] < 0)
            {
                throw arf.Error($"= {OgipTable.Format(area[i])}; expected a finite, non-negative effective area (cm²).", column: "SPECRESP", row: i);
            }
        }

        return area;
    }
}
