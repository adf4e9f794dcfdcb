using System.Buffers.Binary;

namespace Astromodels.Tests.Functions.Absorption;

/// <summary>XSPEC's tabulated cross-sections (astromodels' <c>xsect_*.fits</c>, see Functions/Data/README.md): all
/// 10 000 rows, with the bin edges XSPEC evaluated them on.</summary>
internal static class XspecTables
{
    /// <summary>Rows in each table.</summary>
    public const int Rows = 10_000;

    /// <summary>(bin centre keV, σ 10⁻²² cm²) rows of <c>xsect_{name}.fits</c>, e.g. "tbabs_wilm".</summary>
    public static (double E, double Sigma)[] Load(string name)
    {
        using var stream = typeof(XspecTables).Assembly.GetManifestResourceStream("Astromodels.Tests.Xsect.xsect_" + name)
            ?? throw new InvalidOperationException($"test table {name} missing");
        var bytes = new byte[Rows * 8];
        stream.ReadExactly(bytes);
        var rows = new (double, double)[Rows];
        for (var i = 0; i < Rows; i++)
        {
            rows[i] = (BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(8 * i)), BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan((8 * i) + 4)));
        }

        return rows;
    }

    /// <summary>Edge i (0 … 10 000) of the log-uniform bins from 0.1 to 20 keV whose geometric centres are the table's
    /// energies (checked by <see cref="AbsorptionXspecTableTests"/>).</summary>
    public static double Edge(int i) => 0.1 * Math.Pow(200, i / (double)Rows);
}
