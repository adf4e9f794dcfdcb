using Astromodels.Serialization;
using Astromodels;
using Astromodels.Functions;
using ThreeML.Fits;
using ThreeML.Ogip;
using ThreeML.Plugins;

namespace ThreeML.Cli.Tests.Support;

/// <summary>A small OGIP data set written into a temp folder: a diagonal-ish response and simulated source and
/// background spectra from a power law.</summary>
internal static class SyntheticData
{
    public const int Channels = 32;

    /// <summary>Writes a response (SPECRESP MATRIX + EBOUNDS): each energy bin spreads over itself and its neighbours.</summary>
    public static string WriteResponse(string path)
    {
        var edges = Enumerable.Range(0, Channels + 1).Select(i => 10.0 * Math.Pow(100.0, i / (double)Channels)).ToArray();
        var rows = Enumerable.Range(0, Channels).Select(j =>
        {
            var first = Math.Max(0, j - 1);
            var last = Math.Min(Channels - 1, j + 1);
            return (First: first, Weights: Enumerable.Range(first, last - first + 1).Select(c => c == j ? 80.0 : 10.0).ToArray());
        }).ToArray();
        var matrix = new BinaryTableBuilder("SPECRESP MATRIX")
            .AddColumn("ENERG_LO", edges[..^1], "keV")
            .AddColumn("ENERG_HI", edges[1..], "keV")
            .AddColumn("N_GRP", Enumerable.Repeat((short)1, Channels).ToArray())
            .AddVariableLengthColumn("F_CHAN", rows.Select(r => new[] { (short)(r.First + 1) }).ToArray())
            .AddVariableLengthColumn("N_CHAN", rows.Select(r => new[] { (short)r.Weights.Length }).ToArray())
            .AddVariableLengthColumn("MATRIX", rows.Select(r => r.Weights).ToArray(), "cm**2")
            .SetKeyword("TELESCOP", "SIMSAT").SetKeyword("INSTRUME", "SIMDET").SetKeyword("HDUCLASS", "OGIP")
            .SetKeyword("HDUCLAS1", "RESPONSE").SetKeyword("DETCHANS", (long)Channels).SetKeyword("TLMIN4", 1L)
            .Build();
        var ebounds = new BinaryTableBuilder("EBOUNDS")
            .AddColumn("CHANNEL", Enumerable.Range(1, Channels).ToArray())
            .AddColumn("E_MIN", edges[..^1], "keV")
            .AddColumn("E_MAX", edges[1..], "keV")
            .SetKeyword("DETCHANS", (long)Channels)
            .Build();
        var file = new FitsFile();
        file.Add(ImageHdu.CreateEmpty());
        file.Add(ebounds);
        file.Add(matrix);
        file.Write(path);
        return path;
    }

    /// <summary>The model of the simulated source, as astromodels YAML.</summary>
    public static string ModelYaml(double k = 0.5, double index = -2.0) =>
        new Model(new PointSource("src", 10.0, 20.0, new Powerlaw(K: k, index: index, piv: 100.0))).ToYaml();

    /// <summary>Writes resp.rsp, the simulated src.pha, src_bak.pha and src.rsp, and model.yml into <paramref name="folder"/>.</summary>
    public static void Write(string folder, int seed = 7)
    {
        var response = OgipResponse.Read(WriteResponse(Path.Combine(folder, "resp.rsp")));
        var sim = DispersionSpectrumLike.FromFunction("sim", new Powerlaw(K: 0.5, index: -2.0, piv: 100.0), response, new Random(seed),
            backgroundFunction: new Powerlaw(K: 0.02, index: -1.0, piv: 100.0), exposure: 100.0);
        sim.WritePha(Path.Combine(folder, "src"));
        File.WriteAllText(Path.Combine(folder, "model.yml"), ModelYaml());
    }
}
