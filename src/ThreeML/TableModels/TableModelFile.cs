using ThreeML.Fits;

namespace ThreeML.TableModels;

/// <summary>Lays out the HDUs of an OGIP/92-009 table model file.</summary>
internal static class TableModelFile
{
    public static FitsFile Build(string modelName, TableModelKind kind, IReadOnlyList<TableParameter> parameters, ReadOnlySpan<double> edges, float[][] paramVal, float[][] spectra, bool redshift = false, bool energyScale = false)
    {
        var file = new FitsFile();
        var primary = ImageHdu.CreateEmpty();
        primary.Header.Set("HDUCLASS", "OGIP", "format conforms to OGIP standard");
        primary.Header.Set("HDUCLAS1", "XSPEC TABLE MODEL", "model spectra for XSPEC");
        primary.Header.Set("HDUVERS", "1.0.0", "version of format");
        primary.Header.Set("MODLNAME", modelName, "model name");
        primary.Header.Set("MODLUNIT", kind == TableModelKind.Additive ? "photons/cm^2/s" : " ", "model units");
        primary.Header.Set("REDSHIFT", redshift, redshift ? "add a redshift parameter" : "no redshift parameter");
        primary.Header.Set("ESCALE", energyScale, energyScale ? "add an energy-scale parameter" : "no energy-scale parameter");
        primary.Header.Set("ADDMODEL", kind == TableModelKind.Additive, "additive model");
        primary.Header.Set("CREATOR", "ThreeML.NET XspecTableWriter", "software that wrote the file");
        file.Add(primary);

        var widest = parameters.Max(p => p.Values.Count);
        var table = new BinaryTableBuilder("PARAMETERS")
            .SetKeyword("HDUCLASS", "OGIP").SetKeyword("HDUCLAS1", "XSPEC TABLE MODEL").SetKeyword("HDUCLAS2", "PARAMETERS")
            .SetKeyword("HDUVERS", "1.0.0").SetKeyword("NINTPARM", parameters.Count).SetKeyword("NADDPARM", 0)
            .AddColumn("NAME", parameters.Select(p => (string?)p.Name).ToArray())
            .AddColumn("METHOD", parameters.Select(p => (int)p.Method).ToArray())
            .AddColumn("INITIAL", Singles(parameters, p => p.Initial))
            .AddColumn("DELTA", Singles(parameters, p => p.Frozen ? -Math.Abs(p.Delta) : p.Delta))
            .AddColumn("MINIMUM", Singles(parameters, p => p.Minimum))
            .AddColumn("BOTTOM", Singles(parameters, p => p.Values[0]))
            .AddColumn("TOP", Singles(parameters, p => p.Values[^1]))
            .AddColumn("MAXIMUM", Singles(parameters, p => p.Maximum))
            .AddColumn("NUMBVALS", parameters.Select(p => p.Values.Count).ToArray())
            .AddArrayColumn("VALUE", parameters.Select(p => Enumerable.Range(0, widest).Select(i => i < p.Values.Count ? (float)p.Values[i] : 0f).ToArray()).ToArray());
        file.Add(table.Build());

        var lo = new float[edges.Length - 1];
        var hi = new float[edges.Length - 1];
        for (var i = 0; i < lo.Length; i++)
        {
            (lo[i], hi[i]) = ((float)edges[i], (float)edges[i + 1]);
        }

        file.Add(new BinaryTableBuilder("ENERGIES")
            .SetKeyword("HDUCLASS", "OGIP").SetKeyword("HDUCLAS1", "XSPEC TABLE MODEL").SetKeyword("HDUCLAS2", "ENERGIES").SetKeyword("HDUVERS", "1.0.0")
            .AddColumn("ENERG_LO", lo, "keV").AddColumn("ENERG_HI", hi, "keV").Build());
        file.Add(new BinaryTableBuilder("SPECTRA")
            .SetKeyword("HDUCLASS", "OGIP").SetKeyword("HDUCLAS1", "XSPEC TABLE MODEL").SetKeyword("HDUCLAS2", "MODEL SPECTRA").SetKeyword("HDUVERS", "1.0.0")
            .AddArrayColumn("PARAMVAL", paramVal).AddArrayColumn("INTPSPEC", spectra, kind == TableModelKind.Additive ? "photons/cm^2/s" : null).Build());
        return file;
    }

    private static float[] Singles(IReadOnlyList<TableParameter> parameters, Func<TableParameter, double> pick) =>
        parameters.Select(p => (float)pick(p)).ToArray();
}
