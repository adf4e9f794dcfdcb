using ThreeML.Fits;

namespace ThreeML.Tests.Ogip;

/// <summary>A small valid response (10 energy bins × 8 channels) built with the FITS writer: each energy bin has one
/// group of two channels. Tests corrupt one part of it.</summary>
internal sealed class SyntheticRsp
{
    public const int Channels = 8;
    public const int Bins = 10;

    public double[] EnergyLo { get; set; } = Enumerable.Range(0, Bins).Select(i => 1.0 + i).ToArray();

    public double[] EnergyHi { get; set; } = Enumerable.Range(0, Bins).Select(i => 2.0 + i).ToArray();

    public double[] EMin { get; set; } = Enumerable.Range(0, Channels).Select(i => 1.0 + (1.2 * i)).ToArray();

    public double[] EMax { get; set; } = Enumerable.Range(0, Channels).Select(i => 2.2 + (1.2 * i)).ToArray();

    public string? EnergyUnit { get; set; } = "keV";

    public string MatrixName { get; set; } = "SPECRESP MATRIX";

    /// <summary>Whether F_CHAN, N_CHAN and MATRIX are variable-length (else N_GRP/F_CHAN/N_CHAN scalars and a fixed MATRIX).</summary>
    public bool VariableLength { get; set; } = true;

    public int[] NGrp { get; set; } = Enumerable.Repeat(1, Bins).ToArray();

    public int[][] FChan { get; set; } = Enumerable.Range(0, Bins).Select(j => new[] { Math.Min(j, Channels - 2) + 1 }).ToArray();

    public int[][] NChan { get; set; } = Enumerable.Range(0, Bins).Select(_ => new[] { 2 }).ToArray();

    public double[][] Matrix { get; set; } = Enumerable.Range(0, Bins).Select(j => new[] { 60.0 + j, 30.0 - j }).ToArray();

    public Dictionary<string, object> Keywords { get; } = new()
    {
        ["TELESCOP"] = "TEST", ["INSTRUME"] = "DET", ["DETCHANS"] = (long)Channels, ["HDUCLASS"] = "OGIP",
        ["HDUCLAS1"] = "RESPONSE", ["TLMIN4"] = 1L, ["TSTART"] = 100.0, ["TSTOP"] = 110.0,
    };

    public bool IncludeMatrix { get; set; } = true;

    public bool IncludeEbounds { get; set; } = true;

    public BinaryTableHdu MatrixHdu(int extVer = 1)
    {
        var table = new BinaryTableBuilder(MatrixName, extVer);
        table.AddColumn("ENERG_LO", EnergyLo, EnergyUnit);
        table.AddColumn("ENERG_HI", EnergyHi, EnergyUnit);
        if (VariableLength)
        {
            table.AddColumn("N_GRP", NGrp.Select(n => (short)n).ToArray());
            table.AddVariableLengthColumn("F_CHAN", FChan.Select(r => r.Select(v => (short)v).ToArray()).ToArray());
            table.AddVariableLengthColumn("N_CHAN", NChan.Select(r => r.Select(v => (short)v).ToArray()).ToArray());
            table.AddVariableLengthColumn("MATRIX", Matrix, "cm**2");
        }
        else
        {
            table.AddColumn("N_GRP", NGrp.Select(n => (short)n).ToArray());
            table.AddColumn("F_CHAN", FChan.Select(r => (short)r[0]).ToArray());
            table.AddColumn("N_CHAN", NChan.Select(r => (short)r[0]).ToArray());
            var width = Matrix.Max(r => r.Length);
            table.AddArrayColumn("MATRIX", Matrix.Select(r => r.Concat(new double[width - r.Length]).ToArray()).ToArray(), "cm**2");
        }

        SyntheticFiles.AddKeywords(table, Keywords);
        return table.Build();
    }

    public FitsFile ToFits()
    {
        var file = new FitsFile();
        file.Add(ImageHdu.CreateEmpty());
        if (IncludeEbounds)
        {
            file.Add(new BinaryTableBuilder("EBOUNDS")
                .AddColumn("CHANNEL", Enumerable.Range(1, EMin.Length).ToArray())
                .AddColumn("E_MIN", EMin, EnergyUnit)
                .AddColumn("E_MAX", EMax, EnergyUnit)
                .SetKeyword("DETCHANS", (long)EMin.Length)
                .Build());
        }

        if (IncludeMatrix)
        {
            file.Add(MatrixHdu());
        }

        return file;
    }

    public string Write(string path)
    {
        ToFits().Write(path);
        return path;
    }

    /// <summary>An ARF on the same energy grid (or the given one) with SPECRESP = 100 + bin index, cm².</summary>
    public static string WriteArf(string path, double[] lo, double[] hi)
    {
        var file = new FitsFile();
        file.Add(ImageHdu.CreateEmpty());
        file.Add(new BinaryTableBuilder("SPECRESP")
            .AddColumn("ENERG_LO", lo, "keV")
            .AddColumn("ENERG_HI", hi, "keV")
            .AddColumn("SPECRESP", Enumerable.Range(0, lo.Length).Select(i => 100.0 + i).ToArray(), "cm**2")
            .Build());
        file.Write(path);
        return path;
    }
}
